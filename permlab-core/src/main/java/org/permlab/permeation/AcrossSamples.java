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
     * Permeability = permeance x thickness, mol m^-1 s^-1 Pa^-1, with the thickness uncertainty propagated (first
     * order, independent inputs: relative SDs add in quadrature). Barrer / thickness in um = GPU (CONVENTIONS §1).
     */
    public static Measured permeabilitySi(Measured permeanceSi, Measured thicknessM) {
        return permeanceSi.times(thicknessM);
    }
}
