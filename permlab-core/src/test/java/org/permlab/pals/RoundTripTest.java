package org.permlab.pals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Acceptance: simulate-then-fit over 200 spectra (three components 0.2/0.45/2.0 ns at 30/50/20 %, 2e6
 * counts, 20 counts per channel of background, the seed's 241 ps FWHM resolution and 13 ps channels, Poisson
 * noise). For every parameter the pulls (fit - truth)/SD are bounded on both sides, against a standard normal:
 * <ul>
 * <li>their SD within [0.8, 1.2] (SDs neither under- nor overestimated by more than 20 %),</li>
 * <li>mean |pull| within [0.63, 1) (0.798 for a standard normal),</li>
 * <li>mean pull within +-0.3 (unbiased),</li>
 * <li>every |pull| at most 5 (P(|z| &gt; 5) = 5.7e-7: over 200 spectra and 9 parameters, 1e-3).</li>
 * </ul>
 * With 200 spectra the sampling SD of a mean pull is 1/sqrt(200) = 0.071, of mean |pull| sqrt(1 - 2/pi)/sqrt(200) =
 * 0.043 and of the pulls' SD 1/sqrt(2 * 199) = 0.050, so these bounds sit about 4 sampling SDs from the ideal values
 * (the upper bound of mean |pull| is 4.7).
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
                + " SD of pulls, max |pull|\n");
        double[] sds = new double[NAMES.length];
        double[] meanAbss = new double[NAMES.length];
        double[] means = new double[NAMES.length];
        double[] maxAbss = new double[NAMES.length];
        for (int j = 0; j < NAMES.length; j++) {
            double mean = 0;
            double meanAbs = 0;
            double maxAbs = 0;
            for (double[] p : pulls) {
                mean += p[j] / n;
                meanAbs += Math.abs(p[j]) / n;
                maxAbs = Math.max(maxAbs, Math.abs(p[j]));
            }
            double var = 0;
            for (double[] p : pulls) {
                var += (p[j] - mean) * (p[j] - mean) / (n - 1);
            }
            double sd = Math.sqrt(var);
            table.append(String.format(Locale.ROOT, "  %-14s %+.3f  %.3f  %.3f  %.2f%n", NAMES[j], mean, meanAbs, sd,
                    maxAbs));
            sds[j] = sd;
            meanAbss[j] = meanAbs;
            means[j] = mean;
            maxAbss[j] = maxAbs;
        }
        System.out.print(table);
        for (int j = 0; j < NAMES.length; j++) {
            assertThat(meanAbss[j]).as("mean |pull| of %s", NAMES[j]).isGreaterThanOrEqualTo(0.63).isLessThan(1.0);
            assertThat(sds[j]).as("SD of the pulls of %s", NAMES[j]).isBetween(0.8, 1.2);
            assertThat(means[j]).as("mean pull of %s", NAMES[j]).isBetween(-0.3, 0.3);
            assertThat(maxAbss[j]).as("largest |pull| of %s", NAMES[j]).isLessThanOrEqualTo(5.0);
        }
    }
}
