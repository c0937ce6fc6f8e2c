package org.permlab.permeation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hipparchus.stat.inference.TTest;
import org.hipparchus.stat.regression.SimpleRegression;
import org.permlab.quantity.Measured;

/**
 * Analyses across the conditions of a run: the pressure series' recovery and the long-term stability test (seed
 * paper §3.3, Fig. 6d and 6e). The temperature series is {@link Arrhenius}.
 */
public final class Series {

    /** Significance level of "a segment differs from the first". */
    public static final double ALPHA = 0.05;
    private static final double HUNDRED_HOURS_S = 100 * 3600.0;

    private Series() {
    }

    /**
     * The recovery ratio of a quantity in a pressure series.
     *
     * @param quantity   gas or pair
     * @param labels     condition labels in time order
     * @param pressures  feed pressure of each, Pa
     * @param values     the quantity at each (mean ± SD)
     * @return empty when the series does not rise to a peak and come back to a lower pressure
     */
    public static Optional<Recovery> recovery(String quantity, List<String> labels, List<Double> pressures,
            List<Measured> values) {
        int n = labels.size();
        if (n < 3) {
            return Optional.empty();
        }
        int peak = 0;
        for (int k = 1; k < n; k++) {
            if (pressures.get(k) > pressures.get(peak)) {
                peak = k;
            }
        }
        int last = n - 1;
        if (peak == 0 || peak == last || !(pressures.get(last) < pressures.get(peak))) {
            return Optional.empty();
        }
        Measured first = values.get(0);
        return Optional.of(new Recovery(quantity, labels.get(0), labels.get(peak), labels.get(last),
                values.get(peak).dividedBy(first), values.get(last).dividedBy(first)));
    }

    /**
     * Per-segment statistics of one quantity in a long-term test.
     *
     * @param quantity gas or pair
     * @param segments labels, in time order; the first is the reference
     * @param timesS   per segment, the steady injections' times
     * @param values   per segment, the steady injections' values
     */
    public static List<SegmentStability> stability(String quantity, List<String> segments, List<double[]> timesS,
            List<double[]> values) {
        List<SegmentStability> out = new ArrayList<>();
        double[] first = values.isEmpty() ? new double[0] : values.get(0);
        Measured firstMean = meanSd(first);
        TTest tTest = new TTest();
        for (int k = 0; k < segments.size(); k++) {
            double[] t = timesS.get(k);
            double[] v = values.get(k);
            Measured mean = meanSd(v);
            SimpleRegression reg = new SimpleRegression();
            for (int i = 0; i < v.length; i++) {
                reg.addData(t[i], v[i]);
            }
            double slope = v.length > 2 ? reg.getSlope() * HUNDRED_HOURS_S : Double.NaN;
            double slopeSe = v.length > 2 ? reg.getSlopeStdErr() * HUNDRED_HOURS_S : Double.NaN;
            double half = v.length > 2 ? reg.getSlopeConfidenceInterval(ALPHA) * HUNDRED_HOURS_S : Double.NaN;
            Optional<Double> p = Optional.empty();
            boolean differs = false;
            Measured firstSe = new Measured(firstMean.value(), firstMean.sd() / Math.sqrt(Math.max(1, first.length)));
            Measured thisSe = new Measured(mean.value(), mean.sd() / Math.sqrt(Math.max(1, v.length)));
            if (k > 0 && v.length >= 2 && first.length >= 2) {
                double pv = tTest.tTest(v, first);
                p = Optional.of(pv);
                differs = pv < ALPHA;
            }
            Measured slopeM = Double.isFinite(slope) ? new Measured(slope, Double.isFinite(slopeSe) ? slopeSe : 0.0)
                    : new Measured(Double.NaN, 0.0);
            out.add(new SegmentStability(segments.get(k), quantity, mean, v.length, slopeM, slope - half,
                    slope + half, thisSe.dividedBy(firstSe), p, differs));
        }
        return out;
    }

    /** Mean ± sample SD (n - 1); SD 0 for one value. */
    public static Measured meanSd(double[] v) {
        if (v.length == 0) {
            return new Measured(Double.NaN, 0.0);
        }
        double mean = org.hipparchus.stat.StatUtils.mean(v);
        double sd = v.length > 1 ? Math.sqrt(org.hipparchus.stat.StatUtils.variance(v, mean)) : 0.0;
        return new Measured(mean, sd);
    }

    /**
     * Standard uncertainty of the mean of n repeated readings with sample SD s: s / sqrt(n) sqrt((n-1)/(n-3)) for
     * n > 3 (JCGM 101:2008, 6.4.9.4: the mean is then t-distributed), s / sqrt(n) for smaller n.
     */
    public static double meanUncertainty(double sd, int n) {
        if (n <= 0) {
            return Double.NaN;
        }
        double u = sd / Math.sqrt(n);
        return n > 3 ? u * Math.sqrt((n - 1.0) / (n - 3.0)) : u;
    }
}
