package org.permlab.app.pals;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;

/** Plain-text output of the {@code pals} verbs: every number with its SD, unit and convention. */
final class PalsText {

    private PalsText() {
    }

    static void fit(PalsViews.FitView v, PrintWriter out) {
        fit(v, out, false);
    }

    static void fit(PalsViews.FitView v, PrintWriter out, boolean correlations) {
        PalsViews.SpectrumView s = v.spectrum();
        out.println("spectrum: " + s.file() + " (" + s.label() + "), " + s.channels() + " channels of "
                + Format.sig(s.channelWidthNs() * 1000, 6) + " ps, read as " + s.layout());
        s.notes().forEach(n -> out.println("  note: " + n));
        int n = v.cycles().size();
        for (PalsViews.CycleView c : v.cycles()) {
            out.println();
            if (n > 1) {
                out.println(c.cycle() == 1 ? "cycle 1 (measured spectrum, no source correction):"
                        : "cycle 2 (source-corrected; the result):");
            }
            cycle(c, out);
            if (correlations) {
                correlations(c, out);
            }
        }
        v.freeVolume().ifPresent(f -> {
            out.println();
            freeVolume(f, out);
        });
        out.println();
        out.println("conventions:");
        for (Map.Entry<String, Object> e : v.conventions().entrySet()) {
            out.println("  " + e.getKey() + ": " + e.getValue());
        }
    }

    static void cycle(PalsViews.CycleView c, PrintWriter out) {
        boolean ln = c.logNormalSdNs().isPresent();
        TextTable t = ln ? new TextTable("component", "lifetime (ns)", "intensity (%)", "log-normal sigma (ns)")
                : new TextTable("component", "lifetime (ns)", "intensity (%)");
        for (int j = 0; j < c.lifetimesNs().length; j++) {
            String tau = measured(c.lifetimesNs()[j], c.lifetimesSdNs()[j]) + (c.lifetimeFixed()[j] ? " (fixed)" : "");
            String pct = measured(c.intensitiesPct()[j], c.intensitiesSdPct()[j]);
            if (ln) {
                double sd = c.logNormalSdNs().get()[j];
                t.row(j + 1, tau, pct, sd > 0 ? measured(sd, c.logNormalSdSdNs().get()[j]) : "-");
            } else {
                t.row(j + 1, tau, pct);
            }
        }
        t.print(out);
        out.println("background      " + measured(c.background(), c.backgroundSd()) + " counts per channel ("
                + c.backgroundMode() + ")");
        out.println("T0              " + measured(c.t0Channel(), c.t0Sd()) + " channels (channel k spans [k-1, k])");
        if (c.resolution().stream().anyMatch(p -> p.fwhmSdNs() > 0 || p.shiftSdNs() > 0)) {
            TextTable r = new TextTable("Gaussian", "FWHM (ns)", "intensity (%)", "shift (ns)");
            for (int p = 0; p < c.resolution().size(); p++) {
                PalsViews.PeakView g = c.resolution().get(p);
                r.row(p + 1, measured(g.fwhmNs(), g.fwhmSdNs()), Format.sig(g.fractionPct(), 6),
                        measured(g.shiftNs(), g.shiftSdNs()));
            }
            out.println("resolution function (fitted):");
            r.print(out);
        } else {
            StringBuilder r = new StringBuilder("resolution      ");
            for (int p = 0; p < c.resolution().size(); p++) {
                PalsViews.PeakView g = c.resolution().get(p);
                r.append(p == 0 ? "" : " + ").append(Format.sig(g.fwhmNs(), 6)).append(" ns FWHM");
                if (c.resolution().size() > 1) {
                    r.append(" (").append(Format.sig(g.fractionPct(), 4)).append(" %, shift ")
                            .append(Format.sig(g.shiftNs(), 4)).append(" ns)");
                }
            }
            out.println(r.append(" (fixed)"));
        }
        out.println("mean lifetime   " + measured(c.meanLifetimeNs(), c.meanLifetimeSdNs())
                + " ns (sum I_j tau_j; SD from the full covariance)");
        out.println("chi2 = " + Format.sig(c.chi2(), 6) + " for " + c.dof() + " degrees of freedom; reduced chi2 = "
                + Format.fixed(c.reducedChi2(), 4) + " ± " + Format.fixed(c.reducedChi2Sd(), 4)
                + "; significance of imperfect model " + Format.fixed(c.significancePct(), 1) + " %");
        out.println("fit area " + Format.sig(c.fitArea(), 8) + " vs data area " + Format.sig(c.dataArea(), 8)
                + " counts (channels " + c.areaRange()[0] + ".." + c.areaRange()[1] + "); fit range "
                + c.fitRange()[0] + ".." + c.fitRange()[1]);
        c.sourceArea().ifPresent(a -> out.println("source spectrum subtracted: " + Format.sig(a, 7) + " counts"));
        out.println((c.converged() ? "converged" : "NOT CONVERGED") + " after " + c.iterations()
                + " iterations of the final fit (" + c.starts() + " starts in the global stage)");
        for (String w : c.warnings()) {
            out.println("warning: " + w);
        }
    }

    /** The correlation matrix of the free parameters, lower triangle. */
    static void correlations(PalsViews.CycleView c, PrintWriter out) {
        out.println("correlation matrix of the free parameters:");
        List<String> names = c.correlationNames();
        String[] header = new String[names.size() + 1];
        header[0] = "";
        for (int i = 0; i < names.size(); i++) {
            header[i + 1] = names.get(i);
        }
        TextTable t = new TextTable(header);
        for (int i = 0; i < names.size(); i++) {
            Object[] row = new Object[names.size() + 1];
            row[0] = names.get(i);
            for (int k = 0; k < names.size(); k++) {
                row[k + 1] = k <= i ? Format.fixed(c.correlation()[i][k], 3) : "";
            }
            t.row(row);
        }
        t.print(out);
    }

    static void freeVolume(PalsViews.FreeVolumeView f, PrintWriter out) {
        out.println("free volume" + (f.component() > 0 ? " from component " + f.component() : "") + " (tau3 = "
                + measured(f.tau3Ns(), f.tau3SdNs()) + " ns):");
        if (!f.sizeName().equals("radius")) {
            out.println("  " + f.sizeName() + "  " + measured(f.sizeAngstrom(), f.sizeSdAngstrom()) + " A");
        }
        out.println("  radius    " + measured(f.radiusAngstrom(), f.radiusSdAngstrom()) + " A");
        out.println("  diameter  " + measured(f.diameterAngstrom(), f.diameterSdAngstrom()) + " A");
        f.ffvPct().ifPresent(v -> out.println("  FFV       " + measured(v, f.ffvSdPct().orElse(0.0)) + " % (I3 = "
                + measured(f.i3Pct().orElse(0.0), f.i3SdPct().orElse(0.0)) + " %)"));
        out.println("  model: " + f.model());
    }

    static String measured(double v, double sd) {
        return sd > 0 ? Format.measured(v, sd) : Format.sig(v, 6);
    }
}
