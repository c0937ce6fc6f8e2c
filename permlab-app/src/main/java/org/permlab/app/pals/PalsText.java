package org.permlab.app.pals;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.io.pals.SpectrumFile;
import org.permlab.pals.CycleFit;
import org.permlab.pals.FittedComponent;
import org.permlab.pals.FittedPeak;
import org.permlab.pals.FreeVolume;
import org.permlab.pals.LifetimeFit;
import org.permlab.quantity.Measured;
import org.permlab.result.Conventions;

/** Plain-text output of the {@code pals} verbs: every number with its SD, unit and convention. */
final class PalsText {

    private PalsText() {
    }

    static void fit(SpectrumFile s, LifetimeFit fit, Optional<FreeVolume> freeVolume, PrintWriter out,
            boolean correlations) {
        out.println("spectrum: " + s.source() + " (" + s.spectrum().label() + "), " + s.spectrum().channels()
                + " channels of " + Format.sig(s.spectrum().channelWidthNs() * 1000, 6) + " ps, read as "
                + s.layout());
        s.notes().forEach(n -> out.println("  note: " + n));
        int n = fit.cycles().size();
        for (CycleFit c : fit.cycles()) {
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
        freeVolume.ifPresent(f -> {
            out.println();
            freeVolume(f, out);
        });
        out.println();
        conventions(fit.conventions(), out);
    }

    static void conventions(Conventions conventions, PrintWriter out) {
        out.println("conventions:");
        for (Map.Entry<String, String> e : conventions.statements().entrySet()) {
            out.println("  " + e.getKey() + ": " + e.getValue());
        }
    }

    static void cycle(CycleFit c, PrintWriter out) {
        boolean ln = c.components().stream().anyMatch(x -> x.logNormalSdNs().isPresent());
        TextTable t = ln ? new TextTable("component", "lifetime (ns)", "intensity (%)", "log-normal sigma (ns)")
                : new TextTable("component", "lifetime (ns)", "intensity (%)");
        for (int j = 0; j < c.components().size(); j++) {
            FittedComponent f = c.components().get(j);
            String tau = measured(f.lifetimeNs()) + (f.lifetimeFixed() ? " (fixed)" : "");
            String pct = measured(f.intensityPct());
            if (ln) {
                t.row(j + 1, tau, pct, f.logNormalSdNs().filter(m -> m.value() > 0).map(PalsText::measured)
                        .orElse("-"));
            } else {
                t.row(j + 1, tau, pct);
            }
        }
        t.print(out);
        out.println("background      " + measured(c.background()) + " counts per channel (" + c.backgroundMode()
                + ")");
        out.println("T0              " + measured(c.t0Channel()) + " channels (channel k spans [k-1, k])");
        if (c.resolution().stream().anyMatch(p -> p.fwhmNs().sd() > 0 || p.shiftNs().sd() > 0)) {
            TextTable r = new TextTable("Gaussian", "FWHM (ns)", "intensity (%)", "shift (ns)");
            for (int p = 0; p < c.resolution().size(); p++) {
                FittedPeak g = c.resolution().get(p);
                r.row(p + 1, measured(g.fwhmNs()), Format.sig(g.fractionPct(), 6), measured(g.shiftNs()));
            }
            out.println("resolution function (fitted):");
            r.print(out);
        } else {
            StringBuilder r = new StringBuilder("resolution      ");
            for (int p = 0; p < c.resolution().size(); p++) {
                FittedPeak g = c.resolution().get(p);
                r.append(p == 0 ? "" : " + ").append(Format.sig(g.fwhmNs().value(), 6)).append(" ns FWHM");
                if (c.resolution().size() > 1) {
                    r.append(" (").append(Format.sig(g.fractionPct(), 4)).append(" %, shift ")
                            .append(Format.sig(g.shiftNs().value(), 4)).append(" ns)");
                }
            }
            out.println(r.append(" (fixed)"));
        }
        out.println("mean lifetime   " + measured(c.meanLifetimeNs())
                + " ns (sum I_j tau_j; SD from the full covariance)");
        out.println("chi2 = " + Format.sig(c.chiSquare(), 6) + " for " + c.dof() + " degrees of freedom; reduced "
                + "chi2 = " + Format.fixed(c.reducedChiSquare(), 4) + " ± " + Format.fixed(c.reducedChiSquareSd(), 4)
                + "; significance of imperfect model " + Format.fixed(c.significancePct(), 1) + " %");
        out.println("fit area " + Format.sig(c.fitArea(), 8) + " vs data area " + Format.sig(c.dataArea(), 8)
                + " counts (channels " + c.areaRange().first() + ".." + c.areaRange().last() + "); fit range "
                + c.fitRange().first() + ".." + c.fitRange().last());
        if (c.sourceArea() > 0) {
            out.println("source spectrum subtracted: " + Format.sig(c.sourceArea(), 7) + " counts");
        }
        out.println((c.converged() ? "converged" : "NOT CONVERGED") + " after " + c.iterations()
                + " iterations of the final fit (" + c.startsTried() + " starts in the global stage)");
        for (String w : c.warnings()) {
            out.println("warning: " + w);
        }
    }

    /** The correlation matrix of the free parameters, lower triangle. */
    static void correlations(CycleFit c, PrintWriter out) {
        out.println("correlation matrix of the free parameters:");
        List<String> names = c.parameterNames();
        double[][] corr = c.correlation();
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
                row[k + 1] = k <= i ? Format.fixed(corr[i][k], 3) : "";
            }
            t.row(row);
        }
        t.print(out);
    }

    static void freeVolume(FreeVolume f, PrintWriter out) {
        out.println("free volume" + f.component().map(j -> " from component " + j).orElse("") + " (tau3 = "
                + measured(f.tau3Ns()) + " ns):");
        if (!f.sizeName().equals("radius")) {
            out.println("  " + f.sizeName() + "  " + measured(f.sizeAngstrom()) + " A");
        }
        out.println("  radius    " + measured(f.radiusAngstrom()) + " A");
        out.println("  diameter  " + measured(f.diameterAngstrom()) + " A");
        f.ffvPct().ifPresent(v -> out.println("  FFV       " + measured(v) + " % (I3 = "
                + f.i3Pct().map(PalsText::measured).orElse("0") + " %)"));
        out.println("  model: " + f.model().describe() + (f.ffvPct().isPresent() ? "; C = " + f.ffvC() : ""));
    }

    static String measured(Measured m) {
        return measured(m.value(), m.sd());
    }

    static String measured(double v, double sd) {
        return sd > 0 ? Format.measured(v, sd) : Format.sig(v, 6);
    }
}
