package org.permlab.app.process;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.process.CascadeResult;
import org.permlab.process.CompressorResult;
import org.permlab.process.DesignResult;
import org.permlab.process.DesignVariable;
import org.permlab.process.NamedStream;
import org.permlab.process.ProcessStream;
import org.permlab.process.ProductSummary;
import org.permlab.process.SolverReport;
import org.permlab.process.StageResult;

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

    static void stage(PrintWriter out, StageResult r, String membrane) {
        out.println("stage " + r.stage() + ": " + r.pattern().description() + ", " + Format.sig(r.areaM2(), 6)
                + " m2 of " + membrane + ", " + Format.sig(r.temperatureK(), 5) + " K");
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
        out.println("conventions: flux J_i = Q_i (p_F x_i - p_P y_i) (solution-diffusion); absolute pressures; "
                + "1 GPU = 3.3464e-10 mol/(m2 s Pa); " + String.join("; ", r.notes()));
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
        out.println("conventions: compressors ideal gas with constant cp (298.15 K), equal stage ratios, "
                + "intercooled; mixers at the lowest inlet pressure; specific energy = compressor power / product "
                + "mass flow of the product species");
    }

    static void product(PrintWriter out, ProductSummary p) {
        out.println(p.species() + " product (stream " + p.stream() + "): purity " + pct(p.purity()) + " mol%, "
                + "recovery " + pct(p.recovery()) + " %, " + Format.sig(p.massFlowKgPerS() * 3600, 4) + " kg/h; "
                + "specific energy " + Format.sig(p.specificEnergyJPerKg() / ProcessViews.KWH, 4) + " kWh/kg "
                + p.species());
    }

    static void design(PrintWriter out, DesignResult d, String membrane) {
        String value = d.variable() == DesignVariable.AREA ? Format.sig(d.valueSi(), 6) + " m2"
                : bar(d.valueSi()) + " bar";
        out.println("design: " + d.target().describe() + " = " + Format.sig(d.target().target(), 6) + " needs "
                + d.variable().word() + " " + value + " (achieved " + Format.sig(d.achieved(), 8) + ")");
        out.println("search: " + d.solver().method() + "; " + d.solver().iterations() + " stage solves");
        out.println();
        stage(out, d.stage(), membrane);
    }
}
