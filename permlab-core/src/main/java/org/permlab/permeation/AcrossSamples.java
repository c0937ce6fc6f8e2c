package org.permlab.permeation;

import java.util.List;

import org.permlab.quantity.Measured;

/**
 * A material's value from several samples (the seed: three membranes of each kind): the mean of the samples' means
 * with the SD over samples, and the pooled within-sample SD over injections, so that both spreads are reported.
 *
 * @param mean            mean of the sample means ± SD over samples (0 for one sample)
 * @param samples         how many samples
 * @param pooledWithinSd  root-mean-square of the samples' SDs over steady injections
 */
public record AcrossSamples(Measured mean, int samples, double pooledWithinSd) {

    /** Combines per-sample results, each a mean ± SD over its steady injections. */
    public static AcrossSamples of(List<Measured> perSample) {
        double[] means = perSample.stream().mapToDouble(Measured::value).toArray();
        double ss = 0;
        for (Measured m : perSample) {
            ss += m.sd() * m.sd();
        }
        return new AcrossSamples(Series.meanSd(means), perSample.size(),
                perSample.isEmpty() ? Double.NaN : Math.sqrt(ss / perSample.size()));
    }

    /**
     * The inverse-variance weighted mean of independent estimates of one quantity (e.g. a material's activation
     * energy from each sample's fit), with its standard error 1 / sqrt(sum 1/u_k^2) multiplied by the Birge ratio
     * sqrt(chi2 / (n - 1)) when that exceeds 1, so that estimates disagreeing beyond their errors widen it. An
     * estimate without uncertainty makes the plain mean with the SD over estimates / sqrt(n).
     */
    public static Measured weightedMean(List<Measured> estimates) {
        int n = estimates.size();
        if (n == 0) {
            return new Measured(Double.NaN, 0.0);
        }
        boolean weighted = estimates.stream().allMatch(m -> m.sd() > 0);
        if (!weighted) {
            Measured plain = Series.meanSd(estimates.stream().mapToDouble(Measured::value).toArray());
            return new Measured(plain.value(), plain.sd() / Math.sqrt(n));
        }
        double sw = 0;
        double swx = 0;
        for (Measured m : estimates) {
            double w = 1 / (m.sd() * m.sd());
            sw += w;
            swx += w * m.value();
        }
        double mean = swx / sw;
        double chi2 = 0;
        for (Measured m : estimates) {
            chi2 += Math.pow((m.value() - mean) / m.sd(), 2);
        }
        double birge = n > 1 ? Math.sqrt(chi2 / (n - 1)) : 1.0;
        return new Measured(mean, Math.sqrt(1 / sw) * Math.max(1.0, birge));
    }

    /**
     * Permeability = permeance x thickness, mol m^-1 s^-1 Pa^-1, with the thickness uncertainty propagated (first
     * order, independent inputs: relative SDs add in quadrature). Barrer / thickness in um = GPU (CONVENTIONS §1).
     */
    public static Measured permeabilitySi(Measured permeanceSi, Measured thicknessM) {
        return permeanceSi.times(thicknessM);
    }
}
