package org.permlab.process;

/**
 * The permeate that leaves a membrane element unmixed (cross-flow), or that forms at the closed end of a plug-flow
 * permeate channel: y_i = J_i / s with J_i = Q_i (p_h x_i - p_l y_i) and s = sum_j J_j.
 *
 * <p>Eliminating y gives y_i = Q_i p_h x_i / (s + Q_i p_l) and one equation for the total flux s,
 * f(s) = sum_i Q_i p_h x_i / (s + Q_i p_l) - 1 = 0 (the sum over the permeable species). For x &ge; 0, f is
 * decreasing and convex for s &gt; 0, and f(0) = p_h/p_l - 1 &gt; 0 when every species permeates, so Newton's
 * method started at s = 0 climbs monotonically to the unique root. If the permeable species' partial pressures
 * cannot sustain the permeate pressure (f(0) &le; 0), no permeate forms: s = 0. Derivatives of J with respect to x,
 * p_h and p_l follow by implicit differentiation of f.
 *
 * <p>The same formulas hold for a slightly negative x_i, which the plug-flow discretisation can produce for a
 * species stripped to nothing at a closed permeate end: y_i and J_i then are slightly negative (J_i = Q_i (p_h x_i
 * - p_l y_i) still), and f, J and their derivatives stay smooth across x_i = 0, so Newton's method on the
 * discrete equations sees no kink there. For such x the Newton iteration for s is safeguarded by the bracket
 * [0, sum of the positive Q_i p_h x_i], on which f changes sign.
 */
final class LocalPermeate {

    private LocalPermeate() {
    }

    /**
     * Solves for the local permeate.
     *
     * @param q  permeances
     * @param x  feed-side mole fractions (summing to 1; a slightly negative one is continued analytically)
     * @param ph feed-side pressure
     * @param pl permeate-side pressure
     * @param y  out: local permeate mole fractions
     * @return the total local flux s = sum J_i, mol m^-2 s^-1
     */
    static double solve(double[] q, double[] x, double ph, double pl, double[] y) {
        int n = q.length;
        double f0 = -1;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            if (q[i] > 0) {
                f0 += ph * x[i] / pl;
                hi += Math.max(q[i] * ph * x[i], 0);
            }
        }
        if (!(f0 > 0)) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                y[i] = q[i] > 0 && x[i] > 0 ? ph * x[i] / pl : 0;
                sum += y[i];
            }
            for (int i = 0; i < n; i++) {
                y[i] = sum > 0 ? y[i] / sum : 1.0 / n;
            }
            return 0.0;
        }
        // f(0) > 0 > f(hi): the root is in (0, hi); Newton from 0, kept inside the bracket
        double lo = 0;
        double s = 0;
        for (int it = 0; it < 200; it++) {
            double f = -1;
            double df = 0;
            for (int i = 0; i < n; i++) {
                if (q[i] > 0) {
                    double d = s + q[i] * pl;
                    double c = q[i] * ph * x[i];
                    f += c / d;
                    df -= c / (d * d);
                }
            }
            if (f > 0) {
                lo = s;
            } else {
                hi = s;
            }
            double next = s - f / df;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            double step = next - s;
            s = next;
            if (!(Math.abs(step) > 1e-15 * s) || !(hi - lo > 1e-15 * hi)) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            y[i] = q[i] > 0 ? q[i] * ph * x[i] / (s + q[i] * pl) : 0;
        }
        return s;
    }

    /**
     * Fluxes J_i = s y_i at the local permeate and their derivatives.
     *
     * @param dJdx  out [n][n]: dJ_i/dx_j
     * @param dJdph out [n]: dJ_i/dp_h
     * @param dJdpl out [n]: dJ_i/dp_l
     * @param flux  out [n]: J_i
     * @param y     out [n]: local permeate
     */
    static void fluxAndDerivatives(double[] q, double[] x, double ph, double pl, double[] flux, double[] y,
            double[][] dJdx, double[] dJdph, double[] dJdpl) {
        int n = q.length;
        double s = solve(q, x, ph, pl, y);
        for (int i = 0; i < n; i++) {
            flux[i] = s * y[i];
        }
        if (s == 0) {
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(dJdx[i], 0);
                dJdph[i] = 0;
                dJdpl[i] = 0;
            }
            return;
        }
        // f(s; x, ph, pl) = sum c_i/d_i - 1, c_i = q_i ph x_i, d_i = s + q_i pl; D = -df/ds = sum c_i/d_i^2
        double big = 0;
        double dfdpl = 0;
        for (int i = 0; i < n; i++) {
            if (q[i] > 0) {
                double d = s + q[i] * pl;
                double c = q[i] * ph * x[i];
                big += c / (d * d);
                dfdpl -= c * q[i] / (d * d);
            }
        }
        double dsdph = (1.0 / ph) / big;
        double dsdpl = dfdpl / big;
        double[] dsdx = new double[n];
        for (int j = 0; j < n; j++) {
            dsdx[j] = q[j] > 0 ? q[j] * ph / (s + q[j] * pl) / big : 0;
        }
        for (int i = 0; i < n; i++) {
            if (!(q[i] > 0)) {
                java.util.Arrays.fill(dJdx[i], 0);
                dJdph[i] = 0;
                dJdpl[i] = 0;
                continue;
            }
            double d = s + q[i] * pl;
            double c = q[i] * ph * x[i];
            // J_i = s c_i / d_i ; dJ/dtheta = ds (c/d)(q pl/d) + s dc/d - s c q dpl / d^2
            double a = c / d * (q[i] * pl / d);
            for (int j = 0; j < n; j++) {
                dJdx[i][j] = a * dsdx[j] + (i == j ? s * q[i] * ph / d : 0);
            }
            dJdph[i] = a * dsdph + s * q[i] * x[i] / d;
            dJdpl[i] = a * dsdpl - s * c * q[i] / (d * d);
        }
    }
}
