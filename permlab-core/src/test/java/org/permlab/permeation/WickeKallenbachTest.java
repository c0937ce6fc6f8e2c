package org.permlab.permeation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.permlab.quantity.Constants;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/** The closed sweep balance against the worked example of CONVENTIONS §3 and exact identities. */
class WickeKallenbachTest {

    private static final double ML_MIN = Units.ML_PER_MIN.toSi(1, ReferenceState.NORMAL);

    static SweepPoint workedExample() {
        Map<String, Double> feed = new LinkedHashMap<>();
        feed.put("He", 0.5);
        feed.put("N2", 0.5);
        Map<String, GcReading> y = new LinkedHashMap<>();
        y.put("He", new GcReading.Detected(0.01));
        y.put("N2", new GcReading.Detected(0.0005));
        return new SweepPoint(25 * ML_MIN, feed, Optional.of(50 * ML_MIN), Constants.ATMOSPHERE_PA,
                Constants.ATMOSPHERE_PA, 2e-4, y);
    }

    @Test
    void workedExampleOfConventions() {
        SweepPointResult r = SweepPointResult.of(workedExample(), FeedSideMode.INLET, SelectivityBasis.FEED);
        double gpu = Units.GPU.toSi(1, ReferenceState.NORMAL);
        // CONVENTIONS §3: P_He = 1.8920e-8 mol m-2 s-1 Pa-1 = 56.54 GPU, P_N2 = 2.773 GPU, quoted to 4-5 digits
        assertThat(r.species("He").orElseThrow().permeanceSi().central()).isCloseTo(1.8920e-8, within(0.00005e-8));
        assertThat(r.species("He").orElseThrow().permeanceSi().central() / gpu).isCloseTo(56.54, within(0.005));
        assertThat(r.species("N2").orElseThrow().permeanceSi().central() / gpu).isCloseTo(2.773, within(0.0005));
        // separation factor (0.01/0.0005)/(0.5/0.5) = 20 exactly
        assertThat(r.pairs().get(0).selectivity().central()).isCloseTo(20.0, within(1e-12));
        // stage cut 0.53 % (CONVENTIONS); exactly 0.0105 / 0.9895 * 25 / 50
        assertThat(r.stageCut().orElseThrow()).isCloseTo(0.0105 / 0.9895 / 2, within(1e-15));
        assertThat(r.stageCut().orElseThrow()).isCloseTo(0.0053, within(0.00005));
    }

    @Test
    void closedBalanceIsNotTheDiluteApproximation() {
        SweepPointResult r = SweepPointResult.of(workedExample(), FeedSideMode.INLET, SelectivityBasis.FEED);
        // N_He = y F_sweep / (1 - sum y): the outlet is 1/(1 - 0.0105) times the sweep
        assertThat(r.outletFlowMolPerS()).isCloseTo(25 * ML_MIN / (1 - 0.0105), within(1e-18));
        assertThat(r.species("He").orElseThrow().fluxMolPerS()).isCloseTo(0.01 * 25 * ML_MIN / 0.9895,
                within(1e-20));
    }

    @Test
    void belowDetectionGivesBounds() {
        SweepPoint p = workedExample();
        Map<String, GcReading> y = new LinkedHashMap<>(p.permeate());
        y.put("N2", new GcReading.BelowDetectionLimit(0.0005));
        SweepPoint q = new SweepPoint(p.sweepFlowMolPerS(), p.feedFractions(), p.feedFlowMolPerS(),
                p.feedPressurePa(), p.permeatePressurePa(), p.areaM2(), y);
        SweepPointResult r = SweepPointResult.of(q, FeedSideMode.INLET, SelectivityBasis.FEED);
        assertThat(r.species("N2").orElseThrow().permeanceSi()).isInstanceOf(Estimate.AtMost.class);
        assertThat(r.pairs().get(0).selectivity()).isInstanceOf(Estimate.AtLeast.class);
        // the bound is the permeance at y = DL with DL also in the balance: above the detected value's 2.773 GPU
        double gpu = Units.GPU.toSi(1, ReferenceState.NORMAL);
        assertThat(r.species("N2").orElseThrow().permeanceSi().central() / gpu).isGreaterThan(2.773);
    }

    @Test
    void modesAgreeAtVanishingStageCutAndOrderOtherwise() {
        SweepPoint p = workedExample();
        double in = SweepPointResult.of(p, FeedSideMode.INLET, SelectivityBasis.FEED).species("He").orElseThrow()
                .permeanceSi().central();
        double ret = SweepPointResult.of(p, FeedSideMode.RETENTATE, SelectivityBasis.FEED).species("He")
                .orElseThrow().permeanceSi().central();
        double lm = SweepPointResult.of(p, FeedSideMode.LOG_MEAN, SelectivityBasis.FEED).species("He").orElseThrow()
                .permeanceSi().central();
        // He is depleted in the retentate, so its retentate partial pressure is lower and its permeance higher
        assertThat(ret).isGreaterThan(lm);
        assertThat(lm).isGreaterThan(in);
        // closed form: P_ret / P_in = (x_in p - y p') / (x_ret p - y p'), x_ret = (F_He - N_He) / (F - sum N)
        double f = 50 * ML_MIN;
        double fOut = 25 * ML_MIN / (1 - 0.0105);
        double xRet = (0.5 * f - 0.01 * fOut) / (f - 0.0105 * fOut);
        double p0 = Constants.ATMOSPHERE_PA;
        assertThat(ret / in).isCloseTo((0.5 * p0 - 0.01 * p0) / (xRet * p0 - 0.01 * p0), within(1e-12));
    }

    @Test
    void logMeanIdentities() {
        assertThat(WickeKallenbach.logMean(2, 2)).isEqualTo(2.0);
        assertThat(WickeKallenbach.logMean(Math.E, 1)).isCloseTo(Math.E - 1, within(1e-15));
        assertThat(WickeKallenbach.logMean(1 + 1e-8, 1)).isCloseTo(1 + 0.5e-8, within(1e-15));
    }
}
