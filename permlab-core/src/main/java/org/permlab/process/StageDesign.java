package org.permlab.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathIllegalStateException;
import org.permlab.error.InvalidInputException;

/**
 * Design mode: the area (or feed pressure) at which a stage meets a target stage cut, permeate purity or recovery.
 *
 * <p>The achieved value is scanned on a logarithmic grid of the variable between its bounds until it crosses the
 * target, then the crossing is refined by Brent's method (Hipparchus {@link BracketingNthOrderBrentSolver}) to a
 * relative accuracy of 1e-9 in the variable. A target that no point of the range reaches is bad input, reported with
 * the range that is reachable. Areas at which the whole feed permeates end the scan (they are beyond any target).
 */
public final class StageDesign {

    /** Points of the bracketing scan. */
    private static final int SCAN = 24;

    private StageDesign() {
    }

    /**
     * Designs a stage.
     *
     * @param stage    the stage (its area or the feed pressure is the starting point)
     * @param feed     the feed
     * @param target   what to achieve
     * @param variable what to vary
     * @param lowerSi  lower bound of the variable, or empty for the default (area: 1e-6 of the area that strips
     *                 the fastest species; feed pressure: just above the permeate pressure)
     * @param upperSi  upper bound, or empty for the default (area: 0.9999 of where complete mixing permeates the
     *                 whole feed; feed pressure: 10 times the given feed pressure)
     */
    public static DesignResult solve(Stage stage, ProcessStream feed, DesignTarget target, DesignVariable variable,
            Optional<Double> lowerSi, Optional<Double> upperSi) {
        if ((target instanceof PurityTarget p && feed.indexOf(p.species()) < 0)
                || (target instanceof RecoveryTarget r && feed.indexOf(r.species()) < 0)) {
            String sp = target instanceof PurityTarget p ? p.species() : ((RecoveryTarget) target).species();
            throw InvalidInputException.of("target", "the feed carries no " + sp + " (it has "
                    + String.join(", ", feed.species()) + ")");
        }
        double lo;
        double hi;
        if (variable == DesignVariable.AREA) {
            StageModel m = StageModel.of(stage, feed, new CompleteMixing());
            double qMax = 0;
            for (double q : m.q) {
                qMax = Math.max(qMax, q);
            }
            double strip = m.feedTotal / (qMax * m.feedPressurePa);
            double aMax = CompleteMixingSolver.maxArea(m);
            lo = lowerSi.orElse(1e-6 * strip);
            hi = upperSi.orElse(Double.isFinite(aMax) ? aMax * (1 - 1e-4) : 1e6 * strip);
        } else {
            lo = lowerSi.orElse(stage.permeatePressurePa() * 1.001);
            hi = upperSi.orElse(10 * feed.pressurePa());
        }
        if (!(lo > 0 && hi > lo)) {
            throw InvalidInputException.of("bounds", "need 0 < lower < upper, got " + lo + " and " + hi + " "
                    + variable.siUnit());
        }
        int[] evaluations = {0};
        List<double[]> seen = new ArrayList<>();
        java.util.function.DoubleFunction<StageResult> solveAt = v -> {
            evaluations[0]++;
            return variable == DesignVariable.AREA ? stage.withAreaM2(v).solve(feed)
                    : stage.solve(feed.withPressure(v));
        };
        double prevV = Double.NaN;
        double prevG = Double.NaN;
        double bracketLo = Double.NaN;
        double bracketHi = Double.NaN;
        for (int k = 0; k <= SCAN; k++) {
            double v = lo * Math.pow(hi / lo, (double) k / SCAN);
            StageResult r;
            try {
                r = solveAt.apply(v);
            } catch (InvalidInputException e) {
                break; // beyond what the feed can supply
            }
            if (!r.solver().converged()) {
                throw InvalidInputException.of("target", "the stage did not converge at " + variable.word() + " = "
                        + v + " " + variable.siUnit() + ": " + r.solver().message());
            }
            double value = target.achieved(r);
            if (Double.isNaN(value)) {
                continue;
            }
            seen.add(new double[] {v, value});
            double g = value - target.target();
            if (g == 0) {
                return new DesignResult(target, variable, v, value, r, new SolverReport(true,
                        "logarithmic scan + Brent", evaluations[0], 0, 0, 0, "converged"), DesignResult.CONVENTIONS);
            }
            if (!Double.isNaN(prevG) && Math.signum(g) != Math.signum(prevG)) {
                bracketLo = prevV;
                bracketHi = v;
                break;
            }
            prevV = v;
            prevG = g;
        }
        if (Double.isNaN(bracketLo)) {
            double min = seen.stream().mapToDouble(x -> x[1]).min().orElse(Double.NaN);
            double max = seen.stream().mapToDouble(x -> x[1]).max().orElse(Double.NaN);
            throw InvalidInputException.of("target", String.format(Locale.ROOT, "%s %s is out of reach by varying "
                    + "the %s between %.4g and %.4g %s: this stage achieves %.6g to %.6g", target.describe(),
                    target.target(), variable.word(), lo, hi, variable.siUnit(), min, max));
        }
        BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-9, 1e-12 * bracketHi, 1e-13, 5);
        double v;
        try {
            v = brent.solve(100, x -> target.achieved(solveAt.apply(x)) - target.target(), bracketLo, bracketHi,
                    AllowedSolution.ANY_SIDE);
        } catch (MathIllegalStateException e) {
            throw InvalidInputException.of("target", "the design search did not converge: " + e.getMessage());
        }
        StageResult r = solveAt.apply(v);
        double achieved = target.achieved(r);
        return new DesignResult(target, variable, v, achieved, r, new SolverReport(true,
                "logarithmic scan (" + SCAN + " points) to bracket, then Brent (Hipparchus), relative accuracy 1e-9",
                evaluations[0], 0, Math.abs(achieved - target.target()), 0, "converged"), DesignResult.CONVENTIONS);
    }
}
