package org.permlab.process;

/**
 * One parameter of a sweep and its values.
 *
 * @param parameter what is varied
 * @param valuesSi  the values, SI
 */
public record SweepAxis(FlowsheetParameter parameter, double[] valuesSi) {

    public SweepAxis {
        valuesSi = valuesSi.clone();
        if (valuesSi.length < 1) {
            throw org.permlab.error.InvalidInputException.of("sweep", "an axis needs at least one value");
        }
    }

    @Override
    public double[] valuesSi() {
        return valuesSi.clone();
    }

    /** n values from first to last, evenly spaced (or logarithmically when asked and both positive). */
    public static double[] range(double first, double last, int n, boolean logarithmic) {
        if (n < 1) {
            throw org.permlab.error.InvalidInputException.of("sweep", "need at least one point, got " + n);
        }
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            double t = n == 1 ? 0 : (double) k / (n - 1);
            v[k] = logarithmic ? first * Math.pow(last / first, t) : first + (last - first) * t;
        }
        return v;
    }
}
