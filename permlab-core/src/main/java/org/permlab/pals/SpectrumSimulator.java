package org.permlab.pals;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.permlab.result.Convention;
import org.permlab.result.Conventions;

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

    /**
     * The conventions of a simulated spectrum: the channel-time convention, what the component counts count, and
     * the noise.
     */
    public static Conventions conventions(boolean poisson, long seed) {
        return Conventions.of(
                Convention.of("channel_time", "channel k spans channel-time [k-1, k]; Gaussian p centred at T0 + "
                        + "shift_p"),
                Convention.of("counts", "component_counts is the total of the lifetime components over all times "
                        + "(sample and source); the source takes its percentage of it"),
                Convention.of("noise", poisson ? "Poisson, Well19937c generator seeded with " + seed
                        : "none (expected counts)"));
    }
}
