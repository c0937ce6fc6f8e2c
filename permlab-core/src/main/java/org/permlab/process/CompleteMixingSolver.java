package org.permlab.process;

import java.util.Optional;

import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.permlab.error.InvalidInputException;

/**
 * Complete mixing, any number of species, optional sweep.
 *
 * <p>With V the net permeation (mol/s), retentate x_i = (F_i - N_i)/(F - V) and permeate
 * y_i = (S_i + N_i)/(S + V); the flux law N_i = A Q_i (p_h x_i - p_l y_i) is linear in N_i for a given V:
 * N_i(V) = A Q_i [p_h F_i/(F - V) - p_l S_i/(S + V)] / [1 + A Q_i p_h/(F - V) + A Q_i p_l/(S + V)], leaving one
 * equation H(V) = sum_i N_i(V) - V = 0. H vanishes trivially at both ends of (-S, F); it is positive just above
 * the lower end and, when A is below A_max = sum_i F_i/(Q_i p_h) / (1 - p_l/p_h), negative just below F, so the
 * physical root is bracketed and found by Brent's method to machine precision. At A &ge; A_max the whole feed
 * permeates: that is reported as bad input.
 */
final class CompleteMixingSolver {

    private CompleteMixingSolver() {
    }

    static StageResult solve(StageModel m) {
        if (m.areaM2 == 0 || m.feedTotal == 0) {
            return m.passThrough();
        }
        double aMax = maxArea(m);
        if (m.areaM2 >= aMax * (1 - 1e-12)) {
            throw InvalidInputException.of("area", String.format(java.util.Locale.ROOT,
                    "%.6g m2 is more than this feed can supply with complete mixing: the whole feed permeates at "
                            + "%.6g m2 (use a smaller area)", m.areaM2, aMax));
        }
        int n = m.n;
        double f = m.feedTotal;
        double s = m.sweepTotal;
        double[] nOut = new double[n];
        java.util.function.DoubleUnaryOperator h = v -> {
            permeation(m, v, nOut);
            double sum = 0;
            for (double x : nOut) {
                sum += x;
            }
            return sum - v;
        };
        double lowerEnd = s > 0 ? -s : 0.0;
        double hi = Double.NaN;
        for (double d = 1e-3; d >= 1e-16; d /= 10) {
            double v = f - d * (f + s);
            if (v > lowerEnd && h.applyAsDouble(v) < 0) {
                hi = v;
                break;
            }
        }
        double lo = Double.NaN;
        for (double d = 1e-3; d >= 1e-300; d /= 10) {
            double v = lowerEnd + d * (f + s);
            if (v < (Double.isNaN(hi) ? f : hi) && h.applyAsDouble(v) > 0) {
                lo = v;
                break;
            }
        }
        if (Double.isNaN(hi) || Double.isNaN(lo)) {
            return m.result(m.feed.clone(), m.sweep.clone(), m.feedPressurePa, Optional.empty(),
                    new SolverReport(false, "complete mixing: scalar root in the permeate flow", 0, 0, Double.NaN, 0,
                            "could not bracket the permeate flow (A = " + m.areaM2 + " m2, A_max = " + aMax + ")"));
        }
        BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-16, 1e-300 + 1e-17 * (f + s), 0,
                5);
        double v = brent.solve(1000, h::applyAsDouble, lo, hi, AllowedSolution.ANY_SIDE);
        permeation(m, v, nOut);
        double[] retentate = new double[n];
        double[] permeate = new double[n];
        for (int i = 0; i < n; i++) {
            retentate[i] = m.feed[i] - nOut[i];
            permeate[i] = m.sweep[i] + nOut[i];
        }
        double residual = Math.abs(h.applyAsDouble(v)) / m.flowScale;
        return m.result(retentate, permeate, m.feedPressurePa, Optional.empty(), new SolverReport(true,
                "complete mixing: Brent root of sum_i N_i(V) = V (Weller-Steiner for a binary)",
                brent.getEvaluations(), 0, residual, 0, "converged"));
    }

    /** A_max = sum_i F_i/(Q_i p_h) / (1 - p_l/p_h); infinite when a species in the feed does not permeate. */
    static double maxArea(StageModel m) {
        double sum = 0;
        for (int i = 0; i < m.n; i++) {
            if (m.feed[i] > 0) {
                if (m.q[i] == 0) {
                    return Double.POSITIVE_INFINITY;
                }
                sum += m.feed[i] / (m.q[i] * m.feedPressurePa);
            }
        }
        return sum / (1 - m.permeatePressurePa / m.feedPressurePa);
    }

    /** N_i(V), the permeation of each species for a net permeation V. */
    private static void permeation(StageModel m, double v, double[] out) {
        double a = m.areaM2;
        double retentate = m.feedTotal - v;
        double permeate = m.sweepTotal + v;
        for (int i = 0; i < m.n; i++) {
            double aq = a * m.q[i];
            double drive = m.feedPressurePa * m.feed[i] / retentate
                    - (m.sweep[i] > 0 ? m.permeatePressurePa * m.sweep[i] / permeate : 0.0);
            out[i] = aq * drive / (1 + aq * m.feedPressurePa / retentate + aq * m.permeatePressurePa / permeate);
        }
    }
}
