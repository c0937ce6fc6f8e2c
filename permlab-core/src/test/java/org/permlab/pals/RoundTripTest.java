package org.permlab.pals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Issue 4 acceptance: simulate-then-fit over 200 spectra (three components 0.2/0.45/2.0 ns at 30/50/20 %, 2e6
 * counts, 20 counts per channel of background, the seed's 241 ps FWHM resolution and 13 ps channels, Poisson
 * noise). For every parameter the pulls (fit - truth)/SD must have mean |pull| below 1 (0.80 for a standard
 * normal) and a standard deviation of at most 1.2 (SDs underestimated by no more than 20 %); the background's mean
 * pull must lie within +-0.3 (unbiased). With 200 spectra the sampling SD of a mean pull is 0.07 and of the pulls'
 * SD 0.05, so these bounds sit 4 sampling SDs from the ideal values.
 */
class RoundTripTest {

    private static final String[] NAMES = {"tau1", "tau2", "tau3", "I1", "I2", "I3", "background", "T0",
        "mean lifetime"};
    private static final double[] TRUTH = {0.2, 0.45, 2.0, 30, 50, 20, 20, 250.4, 0.3 * 0.2 + 0.5 * 0.45 + 0.2 * 2.0};

    @Test
    void pullsOf200SimulatedSpectra() {
        SimulationSpec spec = new SimulationSpec(2048, 0.013, 250.4, Resolution.single(0.241),
                List.of(new SimulationSpec.Component(0.2, 0, 30), new SimulationSpec.Component(0.45, 0, 50),
                        new SimulationSpec.Component(2.0, 0, 20)), 2e6, 20, Optional.empty());
        FitSettings settings = FitSettings.of(new ChannelRange(200, 2048), Resolution.single(0.241), 0.3, 1.0, 3.0);
        int n = 200;
        double[][] pulls = IntStream.range(0, n).parallel().mapToObj(i -> {
            CycleFit c = LifetimeFitter.fit(SpectrumSimulator.simulate(spec, true, 10_000L + i, "rt" + i), settings)
                    .result();
            double[] p = new double[NAMES.length];
            for (int j = 0; j < 3; j++) {
                FittedComponent f = c.components().get(j);
                p[j] = (f.lifetimeNs().value() - TRUTH[j]) / f.lifetimeNs().sd();
                p[3 + j] = (f.intensityPct().value() - TRUTH[3 + j]) / f.intensityPct().sd();
            }
            p[6] = (c.background().value() - TRUTH[6]) / c.background().sd();
            p[7] = (c.t0Channel().value() - TRUTH[7]) / c.t0Channel().sd();
            p[8] = (c.meanLifetimeNs().value() - TRUTH[8]) / c.meanLifetimeNs().sd();
            return p;
        }).toArray(double[][]::new);
        StringBuilder table = new StringBuilder("round trip over " + n + " spectra: parameter, mean pull, mean |pull|,"
                + " SD of pulls\n");
        for (int j = 0; j < NAMES.length; j++) {
            double mean = 0;
            double meanAbs = 0;
            for (double[] p : pulls) {
                mean += p[j] / n;
                meanAbs += Math.abs(p[j]) / n;
            }
            double var = 0;
            for (double[] p : pulls) {
                var += (p[j] - mean) * (p[j] - mean) / (n - 1);
            }
            double sd = Math.sqrt(var);
            table.append(String.format(Locale.ROOT, "  %-14s %+.3f  %.3f  %.3f%n", NAMES[j], mean, meanAbs, sd));
            assertThat(meanAbs).as("mean |pull| of %s", NAMES[j]).isLessThan(1.0);
            assertThat(sd).as("SD of the pulls of %s", NAMES[j]).isLessThanOrEqualTo(1.2);
            if (NAMES[j].equals("background")) {
                assertThat(mean).as("mean background pull").isBetween(-0.3, 0.3);
            }
        }
        System.out.print(table);
    }
}
