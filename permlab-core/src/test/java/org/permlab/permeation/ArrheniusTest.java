package org.permlab.permeation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.permlab.quantity.Constants;
import org.permlab.quantity.Measured;

/** Acceptance: exact Arrhenius data return Ea exactly. */
class ArrheniusTest {

    @Test
    void exactDataReturnEaExactly() {
        double ea = 8300.0;
        double p0 = 6.8e-9;
        List<Double> t = List.of(303.0, 333.0, 363.0, 393.0, 423.0);
        List<Measured> p = new ArrayList<>();
        for (double temp : t) {
            double v = p0 * Math.exp(-ea / (Constants.GAS_CONSTANT * temp));
            p.add(new Measured(v, 0.01 * v));
        }
        ArrheniusFit fit = Arrhenius.fit("He", t, p);
        // exact identity: ln P is linear in 1/T; only rounding of ln and 1/T remains (1e-9 relative is ~1e6 ulps)
        assertThat(fit.activationEnergyJPerMol().value()).isCloseTo(ea, within(ea * 1e-9));
        assertThat(fit.chiSquare()).isLessThan(1e-20);
        for (int k = 0; k < t.size(); k++) {
            assertThat(fit.permeanceAt(t.get(k))).isCloseTo(p.get(k).value(), within(p.get(k).value() * 1e-9));
        }
        // a-priori SE with 1 % points: sd(b) = 0.01 / sqrt(sum (x - mean x)^2)
        double meanInv = t.stream().mapToDouble(x -> 1 / x).average().orElseThrow();
        double sxx = t.stream().mapToDouble(x -> Math.pow(1 / x - meanInv, 2)).sum();
        assertThat(fit.activationEnergyJPerMol().sd()).isCloseTo(Constants.GAS_CONSTANT * 0.01 / Math.sqrt(sxx),
                within(1e-6));
    }

    @Test
    void scatterWidensTheStandardError() {
        List<Double> t = List.of(303.0, 333.0, 363.0, 393.0, 423.0);
        double[] wiggle = {1.05, 0.95, 1.05, 0.95, 1.05};
        List<Measured> p = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            double v = 1e-8 * Math.exp(-1000.0 / t.get(k)) * wiggle[k];
            p.add(new Measured(v, 0.001 * v));
        }
        ArrheniusFit fit = Arrhenius.fit("N2", t, p);
        // points scattered by ±5 % with ±0.1 % error bars: the Birge ratio (about 50) scales the SE up
        assertThat(Math.sqrt(fit.chiSquare() / fit.degreesOfFreedom())).isGreaterThan(10);
        double meanInv = t.stream().mapToDouble(x -> 1 / x).average().orElseThrow();
        double sxx = t.stream().mapToDouble(x -> Math.pow(1 / x - meanInv, 2)).sum();
        double apriori = Constants.GAS_CONSTANT * 0.001 / Math.sqrt(sxx);
        assertThat(fit.activationEnergyJPerMol().sd()).isCloseTo(apriori * Math.sqrt(fit.chiSquare() / 3),
                within(apriori * 1e-6));
    }
}
