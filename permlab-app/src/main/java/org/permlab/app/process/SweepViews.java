package org.permlab.app.process;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.process.CascadeResult;
import org.permlab.process.Flowsheet;
import org.permlab.process.SweepAxis;
import org.permlab.process.SweepPoint;

/** JSON and text of a parameter sweep. */
final class SweepViews {

    private SweepViews() {
    }

    /** One axis: the parameter, its SI unit and values. */
    record AxisView(String parameter, String unit, List<Double> values) {
    }

    /** One point (values in axis order, SI). */
    record PointView(List<Double> values, Optional<Double> stageCut, Optional<Double> purity,
            Optional<Double> recovery, Optional<Double> totalAreaM2, Optional<Double> compressorPowerW,
            Optional<Double> specificEnergyKwhPerKg, Optional<Boolean> converged, Optional<String> error) {
    }

    /** The sweep. */
    record SweepView(String flowsheet, Optional<String> species, List<AxisView> axes, List<PointView> points,
            java.util.Map<String, String> conventions) {
    }

    static SweepView of(Flowsheet fs, List<SweepAxis> axes, List<SweepPoint> points) {
        List<AxisView> a = new ArrayList<>();
        for (SweepAxis x : axes) {
            List<Double> v = new ArrayList<>();
            for (double d : x.valuesSi()) {
                v.add(d);
            }
            a.add(new AxisView(x.parameter().spec(), x.parameter().dimension(fs).siSymbol(), v));
        }
        List<PointView> p = new ArrayList<>();
        for (SweepPoint s : points) {
            List<Double> v = new ArrayList<>();
            for (double d : s.valuesSi()) {
                v.add(d);
            }
            Optional<CascadeResult> r = s.result();
            Optional<Double> cut = r.filter(x -> x.stages().size() == 1).map(x -> x.stages().get(0).stageCut());
            p.add(new PointView(v, cut, r.flatMap(CascadeResult::product).map(x -> x.purity()),
                    r.flatMap(CascadeResult::product).map(x -> x.recovery()), r.map(CascadeResult::totalAreaM2),
                    r.map(CascadeResult::compressorPowerW), r.flatMap(CascadeResult::product)
                            .map(x -> x.specificEnergyJPerKg() / ProcessViews.KWH).filter(Double::isFinite),
                    r.map(x -> x.recycle().converged()), s.error()));
        }
        java.util.Map<String, String> c = new java.util.LinkedHashMap<>();
        c.put("values", "SI, in the unit of each axis");
        c.put("purity", "mole fraction of the product species in the product stream (a stage case: its permeate)");
        c.put("recovery", "product flow / feed flow of the product species");
        c.put("stage_cut", "a one-stage flowsheet only: permeated flow / feed flow");
        c.put("specific_energy", "compressor power / product mass flow of the product species");
        c.put("points", "each point solved on its own; a point that is bad input carries the error instead");
        return new SweepView(fs.name(), fs.product().map(x -> x.species()), a, p, c);
    }

    static void print(PrintWriter out, SweepView v) {
        String sp = v.species().orElse("product");
        List<String> header = new ArrayList<>();
        for (AxisView a : v.axes()) {
            header.add(a.parameter() + " (" + a.unit() + ")");
        }
        header.addAll(List.of("stage cut", sp + " purity (mol%)", sp + " recovery (%)", "area (m2)", "power (kW)",
                "energy (kWh/kg " + sp + ")", "note"));
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (PointView p : v.points()) {
            List<Object> row = new ArrayList<>();
            p.values().forEach(x -> row.add(Format.sig(x, 5)));
            row.add(p.stageCut().map(x -> Format.sig(x, 4)).orElse("-"));
            row.add(p.purity().map(ProcessText::pct).orElse("-"));
            row.add(p.recovery().map(ProcessText::pct).orElse("-"));
            row.add(p.totalAreaM2().map(x -> Format.sig(x, 5)).orElse("-"));
            row.add(p.compressorPowerW().map(x -> Format.sig(x / 1e3, 4)).orElse("-"));
            row.add(p.specificEnergyKwhPerKg().map(x -> Format.sig(x, 4)).orElse("-"));
            row.add(p.error().orElse(""));
            t.row(row.toArray());
        }
        t.print(out);
        out.println("purity: mole fraction in the product stream; recovery: product flow / feed flow of " + sp
                + "; energy: compressor power / product mass flow of " + sp);
    }
}
