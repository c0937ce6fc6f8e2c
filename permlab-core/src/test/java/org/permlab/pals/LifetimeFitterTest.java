package org.permlab.pals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;
import org.permlab.numerics.SeparableFitter.Weighting;

/**
 * The fitter's conventions (CONVENTIONS §4) and features, each against a number from outside the fitter: a
 * noiseless spectrum (whose exact optimum is the truth), an independently computed Fisher information, the
 * simulation's truth, or a closed form.
 */
class LifetimeFitterTest {

    /** The seed's instrument: 13 ps channels, 241 ps FWHM. */
    static final double WIDTH = 0.013;
    static final Resolution SEED_RESOLUTION = Resolution.single(0.241);
    static final ChannelRange FIT = new ChannelRange(200, 2048);

    static SimulationSpec spec(double background, Optional<SourceCorrection> source, double... lifetimesAndPct) {
        List<SimulationSpec.Component> comps = new java.util.ArrayList<>();
        for (int i = 0; i < lifetimesAndPct.length; i += 2) {
            comps.add(new SimulationSpec.Component(lifetimesAndPct[i], 0, lifetimesAndPct[i + 1]));
        }
        return new SimulationSpec(2048, WIDTH, 250.4, SEED_RESOLUTION, comps, 2e6, background, source);
    }

    static final SimulationSpec THREE = spec(20, Optional.empty(), 0.2, 30, 0.45, 50, 2.0, 20);

    @Test
    void aNoiselessSpectrumIsFittedToItsTruth() {
        // with y = f(truth) the deviance is zero at the truth, its unique minimum: every parameter must come back
        // within 1 % of its (counting-statistics) SD, which is what the convergence test promises
        LifetimeSpectrum s = SpectrumSimulator.simulate(THREE, false, 0, "noiseless");
        CycleFit c = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0)).result();
        double[] tau = {0.2, 0.45, 2.0};
        double[] pct = {30, 50, 20};
        for (int j = 0; j < 3; j++) {
            FittedComponent f = c.components().get(j);
            assertThat(f.lifetimeNs().value()).isCloseTo(tau[j], within(0.01 * f.lifetimeNs().sd()));
            assertThat(f.intensityPct().value()).isCloseTo(pct[j], within(0.01 * f.intensityPct().sd()));
        }
        assertThat(c.background().value()).isCloseTo(20.0, within(0.01 * c.background().sd()));
        assertThat(c.t0Channel().value()).isCloseTo(250.4, within(0.01 * c.t0Channel().sd()));
        assertThat(c.chiSquare()).isCloseTo(0.0, within(1e-6));
        assertThat(c.converged()).isTrue();
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void theResultDoesNotDependOnTheGuessesTyped() {
        // the global stage's starts do not use the guesses (they are one start among many): three very different
        // guesses give the same optimum, to 1e-3 of an SD
        LifetimeSpectrum s = SpectrumSimulator.simulate(THREE, true, 7, "noisy");
        CycleFit a = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0)).result();
        CycleFit b = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.1, 0.12, 0.14)).result();
        CycleFit c = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 9.0, 5.0, 7.0)).result();
        for (CycleFit other : List.of(b, c)) {
            for (int j = 0; j < 3; j++) {
                FittedComponent x = a.components().get(j);
                FittedComponent y = other.components().get(j);
                assertThat(y.lifetimeNs().value())
                        .isCloseTo(x.lifetimeNs().value(), within(1e-3 * x.lifetimeNs().sd()));
                assertThat(y.intensityPct().value())
                        .isCloseTo(x.intensityPct().value(), within(1e-3 * x.intensityPct().sd()));
            }
        }
    }

    @Test
    void chiSquareUsesTheModelsVariances() {
        // Poisson weights from the model: chi2 = sum (y - f)^2 / f, f recomputed here from the fitted model's
        // parameters through SpectrumModel (another code path than the fitter's)
        LifetimeSpectrum s = SpectrumSimulator.simulate(THREE, true, 8, "noisy");
        CycleFit c = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0)).result();
        double[] f = c.fittedModel().expected(FIT);
        double chi2 = 0.0;
        for (int k = FIT.first(); k <= FIT.last(); k++) {
            double r = s.count(k) - f[k - FIT.first()];
            chi2 += r * r / f[k - FIT.first()];
        }
        assertThat(c.chiSquare()).isCloseTo(chi2, within(1e-6 * chi2));
        assertThat(c.dof()).isEqualTo(FIT.size() - 8);
        assertThat(c.reducedChiSquareSd()).isCloseTo(Math.sqrt(2.0 / c.dof()), within(1e-15));
        // significance of imperfect model = 100 CDF_chi2(chi2, dof)
        assertThat(c.significancePct()).isCloseTo(LifetimeFitter.significancePct(c.chiSquare(), c.dof()),
                within(1e-12));
    }

    @Test
    void significanceIsOneHundredTimesTheChiSquareCdf() {
        // closed forms of the chi-square CDF: dof 2: 1 - e^{-x/2}; dof 4: 1 - e^{-x/2} (1 + x/2)
        for (double x : new double[] {0.5, 2.0, 7.3}) {
            assertThat(LifetimeFitter.significancePct(x, 2)).isCloseTo(100 * (1 - Math.exp(-x / 2)), within(1e-10));
            assertThat(LifetimeFitter.significancePct(x, 4))
                    .isCloseTo(100 * (1 - Math.exp(-x / 2) * (1 + x / 2)), within(1e-10));
        }
    }

    @Test
    void standardDeviationsAreTheUnscaledInverseOfTheFisherInformation() {
        // F = J^T W J with W = 1/f over the fit range and J by central differences of SpectrumModel in all eight
        // parameters (3 lifetimes, T0, 3 areas, background), inverted by LU: SDs of lifetimes, T0, background and
        // areas to 1e-4 (finite differences), intensities and the mean lifetime by the delta method on that full
        // covariance (CONVENTIONS §4: the mean lifetime's SD from the full covariance)
        LifetimeSpectrum s = SpectrumSimulator.simulate(THREE, true, 9, "noisy");
        CycleFit c = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0)).result();
        double[] p = new double[8];
        for (int j = 0; j < 3; j++) {
            p[j] = c.components().get(j).lifetimeNs().value();
            p[4 + j] = c.components().get(j).area().value();
        }
        p[3] = c.t0Channel().value();
        p[7] = c.background().value();
        double[] f0 = model(p);
        double[][] jac = new double[8][];
        for (int i = 0; i < 8; i++) {
            double h = 1e-5 * Math.max(Math.abs(p[i]), 1e-2);
            double[] up = p.clone();
            double[] dn = p.clone();
            up[i] += h;
            dn[i] -= h;
            double[] fu = model(up);
            double[] fd = model(dn);
            jac[i] = new double[f0.length];
            for (int k = 0; k < f0.length; k++) {
                jac[i][k] = (fu[k] - fd[k]) / (2 * h);
            }
        }
        double[][] fisher = new double[8][8];
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                double v = 0;
                for (int k = 0; k < f0.length; k++) {
                    v += jac[a][k] * jac[b][k] / f0[k];
                }
                fisher[a][b] = v;
            }
        }
        double[][] cov = new LUDecomposition(new Array2DRowRealMatrix(fisher)).getSolver().getInverse().getData();
        for (int j = 0; j < 3; j++) {
            assertThat(c.components().get(j).lifetimeNs().sd()).isCloseTo(Math.sqrt(cov[j][j]),
                    within(1e-4 * Math.sqrt(cov[j][j])));
            assertThat(c.components().get(j).area().sd()).isCloseTo(Math.sqrt(cov[4 + j][4 + j]),
                    within(1e-4 * Math.sqrt(cov[4 + j][4 + j])));
        }
        assertThat(c.t0Channel().sd()).isCloseTo(Math.sqrt(cov[3][3]), within(1e-4 * Math.sqrt(cov[3][3])));
        assertThat(c.background().sd()).isCloseTo(Math.sqrt(cov[7][7]), within(1e-4 * Math.sqrt(cov[7][7])));
        double total = p[4] + p[5] + p[6];
        // intensity I_j = 100 A_j / sum A and mean lifetime sum A_j tau_j / sum A: gradients by hand
        for (int j = 0; j < 3; j++) {
            double[] g = new double[8];
            for (int i = 0; i < 3; i++) {
                g[4 + i] = 100 * ((i == j ? 1 : 0) / total - p[4 + j] / (total * total));
            }
            double sd = Math.sqrt(quadratic(g, cov));
            assertThat(c.components().get(j).intensityPct().sd()).isCloseTo(sd, within(1e-4 * sd));
        }
        double mean = (p[4] * p[0] + p[5] * p[1] + p[6] * p[2]) / total;
        double[] g = new double[8];
        for (int i = 0; i < 3; i++) {
            g[i] = p[4 + i] / total;
            g[4 + i] = (p[i] - mean) / total;
        }
        double sdMean = Math.sqrt(quadratic(g, cov));
        assertThat(c.meanLifetimeNs().value()).isCloseTo(mean, within(1e-12));
        assertThat(c.meanLifetimeNs().sd()).isCloseTo(sdMean, within(1e-4 * sdMean));
        // a diagonal-only propagation would differ: the correlations matter here
        double diagonal = 0;
        for (int i = 0; i < 8; i++) {
            diagonal += g[i] * g[i] * cov[i][i];
        }
        assertThat(Math.abs(Math.sqrt(diagonal) - sdMean)).isGreaterThan(0.05 * sdMean);
    }

    private static double quadratic(double[] g, double[][] cov) {
        double v = 0;
        for (int a = 0; a < g.length; a++) {
            for (int b = 0; b < g.length; b++) {
                v += g[a] * cov[a][b] * g[b];
            }
        }
        return v;
    }

    private static double[] model(double[] p) {
        return new SpectrumModel(WIDTH, p[3], SEED_RESOLUTION, List.of(new SpectrumModel.Component(p[0], 0, p[4]),
                new SpectrumModel.Component(p[1], 0, p[5]), new SpectrumModel.Component(p[2], 0, p[6])), p[7], 32)
                .expected(FIT);
    }

    @Test
    void poissonWeightsLeaveTheBackgroundUnbiasedWhereNeymansBiasItLow() {
        // CONVENTIONS §4: on a low-count spectrum (2 counts per channel of background) weights from the raw counts
        // bias the background low. 30 spectra each: Poisson's mean background pull must lie within 3/sqrt(30) =
        // 0.55 of zero; Neyman's falls below -5 (it is about -15 here).
        SimulationSpec low = spec(2, Optional.empty(), 0.2, 30, 0.45, 50, 2.0, 20);
        double poisson = meanBackgroundPull(low, Weighting.POISSON);
        double neyman = meanBackgroundPull(low, Weighting.NEYMAN);
        assertThat(poisson).isBetween(-0.55, 0.55);
        assertThat(neyman).isLessThan(-5.0);
    }

    private static double meanBackgroundPull(SimulationSpec spec, Weighting w) {
        return IntStream.range(0, 30).parallel().mapToDouble(i -> {
            LifetimeSpectrum s = SpectrumSimulator.simulate(spec, true, 500 + i, "low");
            CycleFit c = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0).withWeighting(w))
                    .result();
            return (c.background().value() - spec.backgroundPerChannel()) / c.background().sd();
        }).average().orElseThrow();
    }

    @Test
    void sourceCorrectionUsesTheFirstCyclesTimeZeroAndTheUncorrectedVariances() {
        // the seed's Kapton correction: 0.402 ns at 9.981 % of the net area, simulated into the spectrum
        SourceCorrection kapton = SourceCorrection.single(0.402, 9.981);
        SimulationSpec withSource = spec(20, Optional.of(kapton), 0.2, 30, 0.45, 50, 2.0, 20);
        LifetimeSpectrum s = SpectrumSimulator.simulate(withSource, true, 21, "sample + source");
        LifetimeFit fit = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0)
                .withSourceCorrection(Optional.of(kapton)));
        assertThat(fit.cycles()).hasSize(2);
        CycleFit first = fit.cycles().get(0);
        CycleFit second = fit.result();
        // the source spectrum is built with the first cycle's T0 and 9.981 % of its net (component) area
        double sourceArea = 0.09981 * first.fittedModel().componentArea();
        double[] expectedSource = new SpectrumModel(WIDTH, first.t0Channel().value(), SEED_RESOLUTION,
                List.of(new SpectrumModel.Component(0.402, 0, sourceArea)), 0, 32).expected(FIT);
        assertThat(second.sourceArea()).isCloseTo(sourceArea, within(1e-9 * sourceArea));
        for (int k = 0; k < expectedSource.length; k++) {
            assertThat(second.sourceCounts()[k]).isCloseTo(expectedSource[k], within(1e-9 * expectedSource[k] + 1e-12));
        }
        // the second cycle's weights are those of the uncorrected counts: chi2 = sum (y - f - s)^2 / (f + s)
        double[] f = second.fittedModel().expected(FIT);
        double chi2 = 0;
        for (int k = 0; k < f.length; k++) {
            double total = f[k] + expectedSource[k];
            double r = s.count(FIT.first() + k) - total;
            chi2 += r * r / total;
        }
        assertThat(second.chiSquare()).isCloseTo(chi2, within(1e-6 * chi2));
        // and the sample comes back (4 SD: a single noisy spectrum)
        double[] tau = {0.2, 0.45, 2.0};
        double[] pct = {30, 50, 20};
        for (int j = 0; j < 3; j++) {
            FittedComponent c = second.components().get(j);
            assertThat(c.lifetimeNs().value()).isCloseTo(tau[j], within(4 * c.lifetimeNs().sd()));
            assertThat(c.intensityPct().value()).isCloseTo(pct[j], within(4 * c.intensityPct().sd()));
        }
    }

    @Test
    void intensityConstraintsHoldExactly() {
        // p-Ps / o-Ps = 1/3: I1 = I3 / 3, on a polymer-like spectrum
        SimulationSpec polymer = spec(20, Optional.empty(), 0.125, 10, 0.4, 60, 2.0, 30);
        LifetimeSpectrum s = SpectrumSimulator.simulate(polymer, true, 31, "polymer");
        FitSettings ratio = FitSettings.of(FIT, SEED_RESOLUTION, 0.15, 0.4, 2.0)
                .withComponents(FitSettings.of(FIT, SEED_RESOLUTION, 0.15, 0.4, 2.0).components(),
                        List.of(new IntensityConstraint.FixedRatio(1, 3, 1.0 / 3.0)));
        CycleFit c = LifetimeFitter.fit(s, ratio).result();
        double[] i = c.intensitiesPct();
        assertThat(i[0]).isCloseTo(i[2] / 3.0, within(1e-9));
        assertThat(i[0] + i[1] + i[2]).isCloseTo(100.0, within(1e-9));
        // a fixed intensity, with zero SD (to rounding: the constrained direction's variance cancels to ~1e-16 of
        // the areas' variances, so below 1e-6 % where the free intensities' SDs are about 1 %)
        FitSettings fixed = ratio.withComponents(ratio.components(),
                List.of(new IntensityConstraint.FixedIntensity(2, 60.0)));
        CycleFit d = LifetimeFitter.fit(s, fixed).result();
        assertThat(d.intensitiesPct()[1]).isCloseTo(60.0, within(1e-9));
        assertThat(d.components().get(1).intensityPct().sd()).isCloseTo(0.0, within(1e-6));
        assertThat(d.components().get(0).intensityPct().sd()).isGreaterThan(0.1);
    }

    @Test
    void backgroundFixedOrEstimatedFromAChannelRange() {
        LifetimeSpectrum s = SpectrumSimulator.simulate(THREE, true, 41, "noisy");
        CycleFit fixed = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0)
                .withBackground(new Background.Fixed(19.5))).result();
        assertThat(fixed.background().value()).isEqualTo(19.5);
        assertThat(fixed.background().sd()).isZero();
        // from channels 1..150 (before the peak): their mean, with the counting SD sqrt(sum)/n
        ChannelRange before = new ChannelRange(1, 150);
        CycleFit estimated = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0)
                .withBackground(new Background.FromChannels(before))).result();
        double sum = s.sum(before);
        assertThat(estimated.background().value()).isCloseTo(sum / 150, within(1e-12));
        assertThat(estimated.background().sd()).isCloseTo(Math.sqrt(sum) / 150, within(1e-12));
        assertThat(estimated.backgroundMode()).contains("1..150");
        assertThat(estimated.dof()).isEqualTo(FIT.size() - 7);
    }

    @Test
    void aLogNormalBroadeningIsRecovered() {
        // noiseless: the broadened o-Ps component (mean 2.0 ns, SD 0.4 ns) comes back exactly
        SimulationSpec broad = new SimulationSpec(2048, WIDTH, 250.4, SEED_RESOLUTION,
                List.of(new SimulationSpec.Component(0.2, 0, 30), new SimulationSpec.Component(0.45, 0, 50),
                        new SimulationSpec.Component(2.0, 0.4, 20)), 2e6, 20, Optional.empty());
        LifetimeSpectrum s = SpectrumSimulator.simulate(broad, false, 0, "broad");
        FitSettings settings = FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0);
        List<LifetimeComponent> comps = List.of(settings.components().get(0), settings.components().get(1),
                new LifetimeComponent.LogNormal(Parameter.free(3.0), Parameter.free(0.5)));
        CycleFit c = LifetimeFitter.fit(s, settings.withComponents(comps, List.of())).result();
        FittedComponent o = c.components().get(2);
        assertThat(o.lifetimeNs().value()).isCloseTo(2.0, within(0.01 * o.lifetimeNs().sd()));
        assertThat(o.logNormalSdNs().orElseThrow().value()).isCloseTo(0.4, within(0.01 * o.logNormalSdNs().orElseThrow().sd()));
    }

    @Test
    void resolutionFitRecoversWidthsAndShifts() {
        // RESOLUTIONFIT on a reference spectrum: one lifetime (0.22 ns, bulk-like) under a two-Gaussian
        // resolution; the widths, the second shift, the lifetime, T0 and background are fitted. Noiseless: exact.
        Resolution truth = new Resolution(List.of(GaussianPeak.fixed(0.23, 0.85, 0.0),
                GaussianPeak.fixed(0.35, 0.15, 0.05)));
        SimulationSpec ref = new SimulationSpec(2048, WIDTH, 250.4, truth,
                List.of(new SimulationSpec.Component(0.22, 0, 100)), 2e6, 5, Optional.empty());
        LifetimeSpectrum s = SpectrumSimulator.simulate(ref, false, 0, "reference");
        Resolution start = new Resolution(List.of(new GaussianPeak(Parameter.free(0.26), 0.85, Parameter.fixed(0.0)),
                new GaussianPeak(Parameter.free(0.30), 0.15, Parameter.free(0.0))));
        CycleFit c = LifetimeFitter.fit(s, FitSettings.of(FIT, start, 0.3)).result();
        FittedPeak g1 = c.resolution().get(0);
        FittedPeak g2 = c.resolution().get(1);
        assertThat(g1.fwhmNs().value()).isCloseTo(0.23, within(0.01 * g1.fwhmNs().sd()));
        assertThat(g2.fwhmNs().value()).isCloseTo(0.35, within(0.01 * g2.fwhmNs().sd()));
        assertThat(g2.shiftNs().value()).isCloseTo(0.05, within(0.01 * g2.shiftNs().sd()));
        assertThat(c.components().get(0).lifetimeNs().value()).isCloseTo(0.22, within(1e-6));
    }

    @Test
    void aSpectrumWithoutBackgroundIsFittedAndFlagged() {
        // no random coincidences: the maximum-likelihood background sits at zero, where the model must stay
        // positive; the fit still recovers the components (4 SD) and says what happened to the background
        SimulationSpec clean = new SimulationSpec(2048, WIDTH, 250.4, SEED_RESOLUTION,
                List.of(new SimulationSpec.Component(0.2, 0, 30), new SimulationSpec.Component(0.45, 0, 50),
                        new SimulationSpec.Component(2.0, 0, 20)), 1e5, 0, Optional.empty());
        LifetimeSpectrum s = SpectrumSimulator.simulate(clean, true, 3, "no background");
        CycleFit c = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0)).result();
        assertThat(c.components().get(2).lifetimeNs().value()).isCloseTo(2.0,
                within(4 * c.components().get(2).lifetimeNs().sd()));
        assertThat(c.background().value()).isCloseTo(0.0, within(1e-3));
        assertThat(c.warnings()).anyMatch(w -> w.contains("background went to zero"));
    }

    @Test
    void closeLifetimesAreReportedAsIllConditioned() {
        // two lifetimes 10 % apart cannot be told apart at these counts: the warning must say so
        SimulationSpec close = spec(20, Optional.empty(), 0.40, 40, 0.44, 40, 2.0, 20);
        LifetimeSpectrum s = SpectrumSimulator.simulate(close, true, 51, "close");
        CycleFit c = LifetimeFitter.fit(s, FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 0.6, 3.0)).result();
        assertThat(String.join("\n", c.warnings())).containsAnyOf("within 20 %", "ill-conditioned", "singular",
                "uniquely determined", "negative intensity");
    }

    @Test
    void aLifetimeLongerThanTheFittedWindowIsFlagged() {
        // a file cut off before the peak (its first 88 channels: background and the rise of the resolution's tail):
        // the fit cannot determine the lifetimes and must not report them without saying so
        double[] head = java.util.Arrays.copyOf(SpectrumSimulator.simulate(THREE, true, 3, "full").counts(), 88);
        LifetimeSpectrum cut = new LifetimeSpectrum("cut", head, WIDTH);
        CycleFit c = LifetimeFitter.fit(cut, FitSettings.of(new ChannelRange(1, 88), SEED_RESOLUTION, 0.3, 1.0,
                3.0)).result();
        // 88 fitted channels of 13 ps are 1.144 ns
        assertThat(String.join("\n", c.warnings())).contains("is longer than the fitted time window (1.144 ns)");
        // the full spectrum's window holds every lifetime: no such warning
        CycleFit full = LifetimeFitter.fit(SpectrumSimulator.simulate(THREE, true, 3, "full"),
                FitSettings.of(FIT, SEED_RESOLUTION, 0.3, 1.0, 3.0)).result();
        assertThat(String.join("\n", full.warnings())).doesNotContain("fitted time window");
    }

    @Test
    void rangesBeyondTheSpectrumAndDegenerateSettingsAreBadInput() {
        LifetimeSpectrum s = SpectrumSimulator.simulate(THREE, false, 0, "x");
        assertThatThrownBy(() -> LifetimeFitter.fit(s, FitSettings.of(new ChannelRange(200, 4000), SEED_RESOLUTION,
                0.3, 1.0, 3.0))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fit range").hasMessageContaining("2048 channels");
        Resolution allShiftsFree = new Resolution(List.of(new GaussianPeak(Parameter.fixed(0.24), 1.0,
                Parameter.free(0.0))));
        assertThatThrownBy(() -> LifetimeFitter.fit(s, FitSettings.of(FIT, allShiftsFree, 0.3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("degenerate");
        assertThatThrownBy(() -> FitSettings.of(FIT, SEED_RESOLUTION, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 5");
    }
}
