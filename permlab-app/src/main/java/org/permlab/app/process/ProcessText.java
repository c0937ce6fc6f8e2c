package org.permlab.app.process;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.process.CascadeResult;
import org.permlab.process.CompressorResult;
import org.permlab.process.DesignResult;
import org.permlab.process.DesignVariable;
import org.permlab.process.Flowsheet;
import org.permlab.process.NamedStream;
import org.permlab.process.OptimisationResult;
import org.permlab.process.OptimisationVariable;
import org.permlab.process.ProcessStream;
import org.permlab.process.ProductSummary;
import org.permlab.process.SolverReport;
import org.permlab.process.StageResult;
import org.permlab.process.SweepResult;

/** Plain-text output of process results: every number with its unit, and the conventions used. */
final class ProcessText {

    private ProcessText() {
    }

    static String pct(double fraction) {
        return Format.sig(fraction * 100, 4);
    }

    static String bar(double pa) {
        return Format.sig(pa / 1e5, 6);
    }

    static String flow(double molS) {
        return Format.sig(molS, 6);
    }

    /** A table of streams: flow, pressure, temperature and one column of mole percent per species. */
    static TextTable streamTable(List<String> species, List<String> names, List<ProcessStream> streams) {
        String[] header = new String[4 + species.size()];
        header[0] = "stream";
        header[1] = "flow (mol/s)";
        header[2] = "pressure (bar)";
        header[3] = "T (K)";
        for (int i = 0; i < species.size(); i++) {
            header[4 + i] = species.get(i) + " (mol%)";
        }
        TextTable t = new TextTable(header);
        for (int k = 0; k < streams.size(); k++) {
            ProcessStream s = streams.get(k);
            Object[] row = new Object[header.length];
            row[0] = names.get(k);
            row[1] = flow(s.totalFlowMolS());
            row[2] = bar(s.pressurePa());
            row[3] = Format.sig(s.temperatureK(), 5);
            double[] x = s.moleFractions();
            for (int i = 0; i < species.size(); i++) {
                row[4 + i] = pct(x[i]);
            }
            t.row(row);
        }
        return t;
    }

    static void stage(PrintWriter out, StageResult r) {
        out.println("stage " + r.stage() + ": " + r.pattern().description() + ", " + Format.sig(r.areaM2(), 6)
                + " m2 of " + r.membrane() + ", " + Format.sig(r.temperatureK(), 5) + " K");
        java.util.List<String> names = new java.util.ArrayList<>(List.of("feed"));
        java.util.List<ProcessStream> streams = new java.util.ArrayList<>(List.of(r.feed()));
        r.sweep().ifPresent(s -> {
            names.add("sweep");
            streams.add(s);
        });
        names.add("retentate");
        streams.add(r.retentate());
        names.add("permeate");
        streams.add(r.permeate());
        streamTable(r.species(), names, streams).print(out);
        out.println("stage cut: " + Format.sig(r.stageCut(), 4) + " (permeated flow / feed flow)");
        StringBuilder rec = new StringBuilder("recovery in the permeate (of each species' feed flow):");
        for (Map.Entry<String, Double> e : r.recoveries().entrySet()) {
            rec.append(' ').append(e.getKey()).append(' ').append(pct(e.getValue())).append(" %,");
        }
        out.println(rec.substring(0, rec.length() - 1));
        out.println("mass balance: max |in - out| / in = " + Format.sig(r.massBalanceError(), 2) + " (all species)");
        solver(out, r.solver());
        List<String> c = new java.util.ArrayList<>();
        r.conventions().statements().forEach((k, v) -> c.add(k.replace('_', ' ') + ": " + v));
        c.addAll(r.notes());
        out.println("conventions: " + String.join("; ", c));
    }

    static void solver(PrintWriter out, SolverReport s) {
        StringBuilder b = new StringBuilder("solver: " + s.method() + "; " + s.message());
        if (s.nodes() > 0) {
            b.append("; ").append(s.nodes()).append(" nodes, estimated discretisation error ")
                    .append(Format.sig(s.discretisationError(), 2)).append(" of the inlet flow");
        }
        if (s.iterations() > 0) {
            b.append("; ").append(s.iterations()).append(" iterations");
        }
        out.println(b);
    }

    static void cascade(PrintWriter out, CascadeResult r) {
        out.println("flowsheet " + r.name() + ": " + r.stages().size() + " stages, " + r.compressors().size()
                + " compressors" + (r.tearStreams().isEmpty() ? "" : "; recycle torn at "
                        + String.join(", ", r.tearStreams())));
        List<String> names = r.streams().stream().map(NamedStream::name).toList();
        List<ProcessStream> streams = r.streams().stream().map(NamedStream::stream).toList();
        streamTable(r.species(), names, streams).print(out);
        out.println();
        TextTable st = new TextTable("stage", "pattern", "area (m2)", "feed (bar)", "permeate (bar)", "stage cut",
                "mass balance");
        for (StageResult s : r.stages()) {
            st.row(s.stage(), s.pattern().word(), Format.sig(s.areaM2(), 5), bar(s.feed().pressurePa()),
                    bar(s.permeate().pressurePa()), Format.sig(s.stageCut(), 4), Format.sig(s.massBalanceError(), 2));
        }
        st.print(out);
        if (!r.compressors().isEmpty()) {
            out.println();
            TextTable ct = new TextTable("compressor", "flow (mol/s)", "from (bar)", "to (bar)", "stages",
                    "power (kW)", "max discharge (K)");
            for (CompressorResult c : r.compressors()) {
                ct.row(c.name(), flow(c.inlet().totalFlowMolS()), bar(c.inlet().pressurePa()),
                        bar(c.outlet().pressurePa()), c.stages(), Format.sig(c.powerW() / 1e3, 4),
                        Format.sig(c.maxDischargeTemperatureK(), 4));
            }
            ct.print(out);
        }
        out.println();
        out.println("total membrane area: " + Format.sig(r.totalAreaM2(), 5) + " m2; compressor power: "
                + Format.sig(r.compressorPowerW() / 1e3, 4) + " kW");
        r.product().ifPresent(p -> product(out, p));
        out.println("mass balance: max |feeds - products| / feeds = " + Format.sig(r.massBalanceError(), 2));
        out.println("recycle: " + r.recycle().method() + "; " + r.recycle().message() + "; " + r.recycle()
                .iterations() + " flowsheet passes");
        List<String> c = new java.util.ArrayList<>();
        r.conventions().statements().forEach((k, v) -> c.add(k.replace('_', ' ') + ": " + v));
        out.println("conventions: " + String.join("; ", c));
    }

    static void product(PrintWriter out, ProductSummary p) {
        out.println(p.species() + " product (stream " + p.stream() + "): purity " + pct(p.purity()) + " mol%, "
                + "recovery " + pct(p.recovery()) + " %, " + Format.sig(p.massFlowKgPerS() * 3600, 4) + " kg/h; "
                + "specific energy " + Format.sig(p.specificEnergyKwhPerKg(), 4) + " kWh/kg "
                + p.species());
    }

    static void design(PrintWriter out, DesignResult d) {
        String value = d.variable() == DesignVariable.AREA ? Format.sig(d.valueSi(), 6) + " m2"
                : bar(d.valueSi()) + " bar";
        out.println("design: " + d.target().describe() + " = " + Format.sig(d.target().target(), 6) + " needs "
                + d.variable().word() + " " + value + " (achieved " + Format.sig(d.achieved(), 8) + ")");
        out.println("search: " + d.solver().method() + "; " + d.solver().iterations() + " stage solves");
        out.println();
        stage(out, d.stage());
    }

    /** A sweep: one row per point, its values and headline numbers, or why it could not be solved. */
    static void sweep(PrintWriter out, SweepResult v) {
        String sp = v.species().orElse("product");
        List<String> header = new ArrayList<>();
        for (SweepResult.Axis a : v.axes()) {
            header.add(a.parameter() + " (" + a.unit() + ")");
        }
        header.addAll(List.of("stage cut", sp + " purity (mol%)", sp + " recovery (%)", "area (m2)", "power (kW)",
                "energy (kWh/kg " + sp + ")", "note"));
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (SweepResult.Row p : v.points()) {
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
        List<String> c = new ArrayList<>();
        v.conventions().statements().forEach((k, x) -> c.add(k.replace('_', ' ') + ": " + x));
        out.println("conventions: " + String.join("; ", c));
    }

    /** An optimisation: the variables at the optimum, the cost, the constraints, then the optimum cascade. */
    static void optimisation(PrintWriter out, OptimisationResult r, Flowsheet fs) {
        out.println("optimum (" + r.solver().method() + "; " + r.solver().iterations() + " cascade solves; "
                + r.solver().message() + "):");
        TextTable t = new TextTable("parameter", "lower", "upper", "optimum", "unit");
        double[] optimum = r.optimumSi();
        for (int i = 0; i < r.variables().size(); i++) {
            OptimisationVariable x = r.variables().get(i);
            t.row(x.parameter().spec(), Format.sig(x.lowerSi(), 5), Format.sig(x.upperSi(), 5),
                    Format.sig(optimum[i], 5), x.parameter().dimension(fs).siSymbol());
        }
        t.print(out);
        out.println("annual cost: " + Format.sig(r.annualCost(), 5) + " " + r.currency() + "/year (membrane "
                + Format.sig(r.areaCost(), 5) + ", electricity " + Format.sig(r.energyCost(), 5) + ")");
        StringBuilder c = new StringBuilder("constraints:");
        r.constraints().forEach((k, x) -> c.append(' ').append(k).append(' ').append(pct(x)).append(" %"));
        out.println(c + (r.feasible() ? " (met)" : " (NOT met)"));
        out.println();
        cascade(out, r.cascade());
    }
}
