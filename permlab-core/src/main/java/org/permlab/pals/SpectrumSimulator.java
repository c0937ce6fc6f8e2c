package org.permlab.pals;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Simulates lifetime spectra: the expected counts of {@link SimulationSpec#model}, with Poisson noise drawn from a
 * seeded generator (Well19937c) so that a seed always gives the same spectrum.
 */
public final class SpectrumSimulator {

    private SpectrumSimulator() {
    }

    /** The expected counts per channel (no noise). */
    public static double[] expected(SimulationSpec spec) {
        return spec.model(FitSettings.DEFAULT_LOG_NORMAL_NODES).expected(new ChannelRange(1, spec.channels()));
    }

    /**
     * A spectrum: Poisson draws around the expected counts, or the expected counts themselves.
     *
     * @param poisson whether to add Poisson noise
     * @param seed    the generator's seed
     */
    public static LifetimeSpectrum simulate(SimulationSpec spec, boolean poisson, long seed, String label) {
        double[] mu = expected(spec);
        double[] counts = new double[mu.length];
        if (poisson) {
            RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
            for (int k = 0; k < mu.length; k++) {
                counts[k] = mu[k] > 0 ? rng.nextPoisson(mu[k]) : 0.0;
            }
        } else {
            System.arraycopy(mu, 0, counts, 0, mu.length);
        }
        return new LifetimeSpectrum(label, counts, spec.channelWidthNs());
    }
}
