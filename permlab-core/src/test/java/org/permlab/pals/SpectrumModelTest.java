package org.permlab.pals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The lifetime-spectrum model (CONVENTIONS §4) against an independent numerical convolution, closed forms and
 * exact identities.
 */
class SpectrumModelTest {

    private static List<String[]> table(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SpectrumModelTest.class.getResourceAsStream(name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }

    /** G(t) through the model: one bin from t to a time where G has vanished. */
    private static double g(double t, double tau, double sigma) {
        double w = 1.0;
        double[] edges = {t, 1e7};
        ChannelModel m = new ChannelModel(edges, w, List.of(new LifetimeComponent.Exponential(Parameter.fixed(tau))),
                Resolution.single(sigma * GaussianPeak.FWHM_PER_SIGMA), Parameter.fixed(0.0), 32);
        double[][] basis = new double[2][1];
        m.evaluate(new double[0], basis, null);
        return basis[0][0];
    }

    @Test
    void gAgreesWithNumericalConvolution() throws IOException {
        // g_reference.tsv: G(t) = int_0^inf (1/tau) e^{-u/tau} erfc((t-u)/(sqrt2 sigma))/2 du by mpmath quadrature
        // (model_reference.py), checked there against the closed form to 5e-21. G is a probability; the model
        // computes it from erfcx to ~1e-15 and drops terms below 1e-35: 1e-13 absolute is a safe bound.
        List<String[]> rows = table("g_reference.tsv");
        assertThat(rows).hasSize(120);
        for (String[] r : rows) {
            double tau = Double.parseDouble(r[0]);
            double sigma = Double.parseDouble(r[1]);
            double t = Double.parseDouble(r[2]);
            double expected = Double.parseDouble(r[3]);
            assertThat(g(t, tau, sigma)).as("G(%s; %s, %s)", t, tau, sigma).isCloseTo(expected, within(1e-13));
        }
    }

    @Test
    void channelContentsAgreeWithTheAnchorSpectrum() throws IOException {
        // channel_reference.tsv (model_reference.py): two shifted Gaussians, two components, background, T0 = 100.3,
        // channel k = [k-1, k]; computed from the numerically integrated G. This fixes the channel-time and the
        // shift-sign conventions together. 1e-9 relative: counts up to ~200 from differences of G.
        SpectrumModel model = new SpectrumModel(0.025, 100.3, new Resolution(List.of(GaussianPeak.fixed(0.2, 0.8, 0.0),
                GaussianPeak.fixed(0.3, 0.2, 0.05))), List.of(new SpectrumModel.Component(0.2, 0, 5000),
                        new SpectrumModel.Component(2.0, 0, 1000)), 3.0, 32);
        double[] f = model.expected(new ChannelRange(90, 160));
        for (String[] r : table("channel_reference.tsv")) {
            int k = Integer.parseInt(r[0]);
            double expected = Double.parseDouble(r[1]);
            assertThat(f[k - 90]).as("channel %d", k).isCloseTo(expected, within(1e-9 * expected));
        }
    }

    @Test
    void channelKSpansChannelTimeKMinusOneToK() {
        // CONVENTIONS §4 in the delta-resolution limit (sigma = 1e-5 ns): with T0 = 100 exactly, channel 100 spans
        // t in [-w, 0] and holds nothing; channel k > 100 holds A [exp(-(k-1-T0) w/tau) - exp(-(k-T0) w/tau)], the
        // exponential's integral over the channel. Agreement to 1e-9 relative (the Gaussian's smearing of
        // 1e-5 ns is 4e-4 of a channel at the edge t = 0 only).
        double w = 0.025;
        double tau = 0.4;
        double area = 1e6;
        SpectrumModel model = new SpectrumModel(w, 100.0, Resolution.single(1e-5 * GaussianPeak.FWHM_PER_SIGMA),
                List.of(new SpectrumModel.Component(tau, 0, area)), 0.0, 32);
        double[] f = model.expected(new ChannelRange(95, 200));
        for (int k = 95; k <= 99; k++) {
            assertThat(f[k - 95]).as("channel %d", k).isCloseTo(0.0, within(1e-6));
        }
        // channel 100 = [T0 - w, T0] catches only the Gaussian's leak before T0, P(X < 0) = sigma/(sqrt(2 pi) tau)
        // to first order in sigma/tau = 2.5e-5
        double sigma = 1e-5;
        double leak = area * sigma / (Math.sqrt(2 * Math.PI) * tau);
        assertThat(f[100 - 95]).isCloseTo(leak, within(1e-3 * leak));
        for (int k = 102; k <= 200; k++) {
            double exact = area * (Math.exp(-(k - 1 - 100.0) * w / tau) - Math.exp(-(k - 100.0) * w / tau));
            assertThat(f[k - 95]).as("channel %d", k).isCloseTo(exact, within(1e-9 * exact + 1e-9));
        }
        // channels 100 and 101 together hold A [G(-w) - G(w)] = A [1 - exp(sigma^2/(2 tau^2) - w/tau)]: the
        // exponential's first channel [T0, T0 + w], with the Gaussian's exact second-order correction
        double first = area * (1 - Math.exp(sigma * sigma / (2 * tau * tau) - w / tau));
        assertThat(f[100 - 95] + f[101 - 95]).isCloseTo(first, within(1e-9 * first));
    }

    @Test
    void aComponentsCountsOverAllChannelsEqualItsArea() {
        int[] runs = {0};
        // QuickTheories counts a repeated draw (skipped) as an example: 10 spare, and the examples run are counted
        qt().withFixedSeed(20261204L).withExamples(70).withShrinkCycles(20)
                .forAll(doubles().between(0.08, 5), doubles().between(0.1, 0.5), doubles().between(-0.1, 0.1),
                        doubles().between(0, 0.5))
                .checkAssert((tau, fwhm, shift, sdFraction) -> {
                    runs[0]++;
                    assertCountsSumToTheArea(tau, fwhm, shift, sdFraction);
                });
        assertThat(runs[0]).as("examples run").isGreaterThanOrEqualTo(60);
    }

    private static void assertCountsSumToTheArea(double tau, double fwhm, double shift, double sdFraction) {
        // identity: sum over channels of A [G(t_{k-1}) - G(t_k)] telescopes to A [G(-inf) - G(+inf)] = A. The range
        // covers 40 lifetimes (e^-40) and 10 FWHM before T0. Log-normal broadening keeps the area.
        double w = 0.05;
        double sd = sdFraction * tau;
        double t0 = 10 * fwhm / w + 5;
        int channels = (int) Math.ceil(t0 + (40 * tau * (1 + 4 * sdFraction) + 3 * fwhm) / w);
        SpectrumModel model = new SpectrumModel(w, t0, new Resolution(List.of(GaussianPeak.fixed(fwhm, 1.0, shift))),
                List.of(new SpectrumModel.Component(tau, sd, 1000.0)), 0.0, 32);
        double sum = 0.0;
        for (double v : model.expected(new ChannelRange(1, channels))) {
            sum += v;
        }
        assertThat(sum).as("tau %s, FWHM %s, shift %s, sd/tau %s", tau, fwhm, shift, sdFraction)
                .isCloseTo(1000.0, within(1e-6));
    }

    @Test
    void aPositiveShiftMovesTheSpectrumLater() {
        // CONVENTIONS §4: Gaussian p is centred at T0 + s_p. So shifting the Gaussian by s is the same as moving T0
        // by s / w channels: an exact identity of the model (1e-12 relative: rounding only).
        double w = 0.013;
        double s = 0.039; // three channels
        SpectrumModel shifted = new SpectrumModel(w, 200.25, new Resolution(List.of(GaussianPeak.fixed(0.241, 1, s))),
                List.of(new SpectrumModel.Component(0.3, 0, 1e5), new SpectrumModel.Component(1.9, 0, 2e4)), 1.0,
                32);
        SpectrumModel moved = new SpectrumModel(w, 200.25 + s / w, Resolution.single(0.241),
                List.of(new SpectrumModel.Component(0.3, 0, 1e5), new SpectrumModel.Component(1.9, 0, 2e4)), 1.0,
                32);
        double[] a = shifted.expected(new ChannelRange(150, 600));
        double[] b = moved.expected(new ChannelRange(150, 600));
        for (int k = 0; k < a.length; k++) {
            assertThat(a[k]).isCloseTo(b[k], within(1e-12 * Math.max(1, b[k])));
        }
        // and the peak is later than without the shift
        double[] none = new SpectrumModel(w, 200.25, Resolution.single(0.241),
                List.of(new SpectrumModel.Component(0.3, 0, 1e5)), 0, 32).expected(new ChannelRange(150, 600));
        assertThat(argmax(a)).isGreaterThan(argmax(none));
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void analyticDerivativesAgreeWithCentralDifferences() {
        // every free parameter kind: lifetime, log-normal sigma, T0, FWHM, shift. Central differences with step h
        // have error O(h^2) ~ 1e-8 relative here; 1e-5 of the largest derivative is the bound.
        List<LifetimeComponent> comps = List.of(
                new LifetimeComponent.Exponential(Parameter.free(0.21)),
                new LifetimeComponent.LogNormal(Parameter.free(1.8), Parameter.free(0.3)));
        Resolution res = new Resolution(List.of(
                new GaussianPeak(Parameter.free(0.24), 0.85, Parameter.fixed(0.0)),
                new GaussianPeak(Parameter.free(0.4), 0.15, Parameter.free(0.06))));
        double[] edges = new double[401];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = 80 + i * 1.5; // non-uniform spacing is exercised by the coarse stage; here 1.5 channels
        }
        ChannelModel m = new ChannelModel(edges, 0.013, comps, res, Parameter.free(120.4), 24);
        double[] theta = m.freeStart();
        int q = theta.length;
        int nb = m.bins();
        int[][] pattern = m.derivativePattern();
        double[][] basis = new double[3][nb];
        double[][][] d = new double[q][][];
        for (int i = 0; i < q; i++) {
            d[i] = new double[pattern[i].length][nb];
        }
        m.evaluate(theta, basis, d);
        for (int i = 0; i < q; i++) {
            double h = 1e-6 * Math.max(1.0, Math.abs(theta[i]));
            double[] up = theta.clone();
            double[] dn = theta.clone();
            up[i] += h;
            dn[i] -= h;
            double[][] bu = new double[3][nb];
            double[][] bd = new double[3][nb];
            m.evaluate(up, bu, null);
            m.evaluate(dn, bd, null);
            for (int s = 0; s < pattern[i].length; s++) {
                int col = pattern[i][s];
                double max = 0.0;
                for (int k = 0; k < nb; k++) {
                    max = Math.max(max, Math.abs(d[i][s][k]));
                }
                for (int k = 0; k < nb; k++) {
                    double numeric = (bu[col][k] - bd[col][k]) / (2 * h);
                    assertThat(d[i][s][k]).as("d basis[%d][%d] / d %s", col, k, m.slots().get(m.slotOfFree(i)).name())
                            .isCloseTo(numeric, within(1e-5 * max + 1e-12));
                }
            }
        }
    }

    @Test
    void theWindowCutOffChangesNothingThatMatters() {
        // the model's window (6.5 sqrt2 sigma) against a much wider one (12 sqrt2 sigma, where the dropped terms are
        // below 1e-62): exp(-6.5^2) = 5e-19, far below the rounding of a bin content per unit area, a difference of two
        // G values <= 1 (2 ulp of 1 = 4.4e-16); also for a lifetime far below the resolution (0.03 ns), whose tail
        // takes the general formula
        List<LifetimeComponent> comps = List.of(new LifetimeComponent.Exponential(Parameter.fixed(0.03)),
                new LifetimeComponent.Exponential(Parameter.fixed(0.2)),
                new LifetimeComponent.Exponential(Parameter.fixed(2.0)));
        double[] edges = new double[300];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = 150 + i;
        }
        Resolution res = new Resolution(List.of(GaussianPeak.fixed(0.241, 0.8, 0.0),
                GaussianPeak.fixed(0.4, 0.2, 0.05)));
        double[][] model = new double[4][299];
        double[][] wide = new double[4][299];
        new ChannelModel(edges, 0.013, comps, res, Parameter.fixed(200.3), 8).evaluate(new double[0], model, null);
        new ChannelModel(edges, 0.013, comps, res, Parameter.fixed(200.3), 8, 12.0)
                .evaluate(new double[0], wide, null);
        for (int j = 0; j < 3; j++) {
            for (int k = 0; k < 299; k++) {
                assertThat(model[j][k]).isCloseTo(wide[j][k], within(5e-16));
            }
        }
    }
}
