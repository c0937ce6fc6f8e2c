package org.permlab.permeation;

import java.util.List;
import java.util.OptionalInt;

/**
 * Steady-state detection over the injections of one condition ({@link SteadyStateCriterion}).
 *
 * <p>The noise of each series is estimated from the condition's second half (at least one window): the residual SD
 * about its least-squares line, where the condition is most surely steady. A window is then steady when, for every
 * series, the least-squares line changes across the window by at most a fraction of the mean plus twice the standard
 * error that this noise gives the change (so that GC noise alone does not make a steady window look unsteady), and
 * the relative SD is at most a limit. The first steady window starts the steady part, which runs to the end of the
 * condition; transients after a change of condition (a gas switch, a temperature step) are thereby excluded.
 */
public final class SteadyState {

    private SteadyState() {
    }

    /**
     * The first injection of the steady part.
     *
     * @param timeS  injection times
     * @param series the per-injection values to judge (one array per species; a NaN makes a window unsteady)
     * @param from   first injection of the condition
     * @param to     one past its last injection
     * @return the first steady injection, or empty when no window qualifies or too few injections follow it
     */
    public static OptionalInt detect(double[] timeS, List<double[]> series, int from, int to,
            SteadyStateCriterion criterion) {
        int w = criterion.window();
        if (to - from < Math.max(w, criterion.minInjections())) {
            return OptionalInt.empty();
        }
        double[] noise = new double[series.size()];
        int tail = Math.max(w, (to - from) / 2);
        for (int k = 0; k < noise.length; k++) {
            noise[k] = line(timeS, series.get(k), to - tail, to)[2];
        }
        for (int start = from; start + w <= to; start++) {
            if (to - start < criterion.minInjections()) {
                break;
            }
            boolean steady = true;
            for (int k = 0; k < noise.length && steady; k++) {
                steady = flat(timeS, series.get(k), start, start + w, noise[k], criterion);
            }
            if (steady) {
                return OptionalInt.of(start);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether one series is flat and quiet over [a, b), given its noise SD. */
    static boolean flat(double[] t, double[] v, int a, int b, double noise, SteadyStateCriterion c) {
        double[] fit = line(t, v, a, b);
        if (Double.isNaN(fit[0])) {
            return false;
        }
        double span = t[b - 1] - t[a];
        double change = Math.abs(fit[1] * span);
        double changeSe = fit[3] > 0 ? noise / Math.sqrt(fit[3]) * span : 0.0;
        double scale = Math.abs(fit[0]);
        return change <= c.maxRelativeChange() * scale + 2.0 * changeSe && fit[4] <= c.maxRelativeSd() * scale;
    }

    /** Mean, slope, residual SD about the line, sum of (t - mean t)^2 and SD of the values over [a, b). */
    private static double[] line(double[] t, double[] v, int a, int b) {
        int n = b - a;
        double mt = 0;
        double mv = 0;
        for (int i = a; i < b; i++) {
            if (Double.isNaN(v[i])) {
                return new double[] {Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN};
            }
            mt += t[i];
            mv += v[i];
        }
        mt /= n;
        mv /= n;
        double stt = 0;
        double stv = 0;
        double svv = 0;
        for (int i = a; i < b; i++) {
            double dt = t[i] - mt;
            double dv = v[i] - mv;
            stt += dt * dt;
            stv += dt * dv;
            svv += dv * dv;
        }
        double slope = stt > 0 ? stv / stt : 0.0;
        double residual = n > 2 ? Math.sqrt(Math.max(svv - slope * stv, 0.0) / (n - 2)) : 0.0;
        return new double[] {mv, slope, residual, stt, Math.sqrt(svv / (n - 1))};
    }
}
