package org.permlab.app.permeation;

import java.io.PrintWriter;

import org.permlab.app.permeation.PermeationViews.ArrheniusView;
import org.permlab.app.permeation.PermeationViews.ConditionView;
import org.permlab.app.permeation.PermeationViews.PairView;
import org.permlab.app.permeation.PermeationViews.RecoveryView;
import org.permlab.app.permeation.PermeationViews.RunView;
import org.permlab.app.permeation.PermeationViews.SpeciesView;
import org.permlab.app.permeation.PermeationViews.StabilityView;
import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/** The text form of a reduced run: one table of conditions, then the series, then the conventions. */
final class PermeationText {

    private PermeationText() {
    }

    static String permeance(SpeciesView s) {
        if (s.permeanceGpu().isPresent()) {
            return Format.measured(s.permeanceGpu().get(), s.permeanceGpuSd().orElse(0.0));
        }
        return "< " + Format.sig(s.upperBoundGpu().orElseThrow(), 3) + " (not detected)";
    }

    static String selectivity(PairView p) {
        if (p.selectivity().isPresent()) {
            return Format.measured(p.selectivity().get(), p.selectivitySd().orElse(0.0));
        }
        return p.lowerBound().map(b -> "> " + Format.sig(b, 3)).orElseGet(() -> "< " + Format.sig(p.upperBound()
                .orElseThrow(), 3)) + " (a gas not detected)";
    }

    static void print(RunView r, PrintWriter out) {
        out.println("run " + r.run() + ", membrane " + r.membrane() + " (area " + Format.measured(r.areaCm2(),
                r.areaSdCm2()) + " cm2), log " + r.log());
        TextTable t = new TextTable("condition", "T (K)", "p feed (bar)", "stage cut (%)", "quantity", "n",
                "value (mean ± SD over steady injections)", "unit");
        for (ConditionView c : r.conditions()) {
            boolean first = true;
            for (SpeciesView s : c.species()) {
                t.row(first ? c.label() : "", first ? Format.fixed(c.temperatureK(), 1) : "",
                        first ? Format.fixed(c.feedPressurePa() / 1e5, 3) : "",
                        first ? Format.fixed(c.stageCut() * 100, 2) : "", s.gas() + " permeance", s.nInjections(),
                        permeance(s), "GPU");
                first = false;
            }
            for (PairView p : c.pairs()) {
                t.row("", "", "", "", p.pair() + " separation factor (" + p.basis().orElse("") + " basis)", "",
                        selectivity(p), "-");
            }
        }
        t.print(out);
        if (!r.idealSelectivities().isEmpty()) {
            out.println();
            TextTable i = new TextTable("ideal selectivity", "from conditions", "T (K)", "value (SD propagated)",
                    "Knudsen");
            for (PairView p : r.idealSelectivities()) {
                i.row(p.pair(), p.fastCondition().orElse("") + " / " + p.slowCondition().orElse(""),
                        Format.fixed(p.temperatureK().orElse(Double.NaN), 1), selectivity(p),
                        Format.fixed(p.knudsen(), 4));
            }
            i.print(out);
        }
        if (!r.arrhenius().isEmpty()) {
            out.println();
            TextTable a = new TextTable("gas", "Ea (kJ/mol, ± SE)", "P at T_ref (GPU)", "T_ref (K)", "points",
                    "chi2/dof");
            for (ArrheniusView v : r.arrhenius()) {
                a.row(v.gas(), Format.measured(v.activationEnergyKjPerMol(), v.activationEnergySeKjPerMol()),
                        Format.measured(v.permeanceAtReferenceGpu(), v.permeanceAtReferenceSeGpu()),
                        Format.fixed(v.referenceTemperatureK(), 1), v.nPoints(),
                        v.degreesOfFreedom() > 0 ? Format.sig(v.chiSquare() / v.degreesOfFreedom(), 3) : "-");
            }
            a.print(out);
            out.println("Arrhenius: ln P = ln P0 - Ea/(R T), " + r.arrhenius().get(0).weighting());
        }
        if (!r.recoveries().isEmpty()) {
            out.println();
            TextTable rt = new TextTable("quantity", "at peak / start", "on return / start (recovery ratio)",
                    "conditions (start, peak, return)");
            for (RecoveryView v : r.recoveries()) {
                rt.row(v.quantity(), Format.measured(v.atPeakRatio(), v.atPeakRatioSd()),
                        Format.measured(v.recoveryRatio(), v.recoveryRatioSd()), v.firstCondition() + ", "
                                + v.peakCondition() + ", " + v.returnCondition());
            }
            rt.print(out);
        }
        if (!r.stability().isEmpty()) {
            out.println();
            TextTable st = new TextTable("segment", "quantity", "mean ± SD", "unit", "drift per 100 h (95 % CI)",
                    "vs first segment");
            for (StabilityView v : r.stability()) {
                st.row(v.segment(), v.quantity(), Format.measured(v.mean(), v.meanSd()), v.unit(),
                        Format.sig(v.driftPerHundredHours(), 3) + " [" + Format.sig(v.driftCi95Low(), 3) + ", "
                                + Format.sig(v.driftCi95High(), 3) + "]",
                        v.pValueVsFirst().map(p -> "ratio " + Format.measured(v.ratioToFirst(), v.ratioToFirstSd())
                                + ", p = " + Format.sig(p, 2) + (v.differsFromFirst() ? " (differs)" : ""))
                                .orElse("reference"));
            }
            st.print(out);
        }
        out.println();
        java.util.Map<String, String> c = r.conventions().statements();
        out.println("conventions: " + c.get("sweep_balance") + "; feed side " + c.get("feed_side")
                + "; separation factor on the " + c.get("separation_factor_basis") + "; MFC reference state "
                + c.get("mfc_reference_state") + "; 1 GPU = "
                + Format.sig(Units.GPU.toSi(1, ReferenceState.NORMAL), 5) + " mol m-2 s-1 Pa-1.");
    }
}
