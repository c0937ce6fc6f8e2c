package org.permlab.pals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;

/**
 * Settings no spectrum can satisfy are refused before fitting, naming the value, instead of fitting to nonsense or
 * failing later with a message about a derived quantity.
 */
class ImplausibleSettingsTest {

    private static final FitSettings BASE = FitSettings.of(LifetimeFitterTest.FIT, LifetimeFitterTest.SEED_RESOLUTION,
            0.15, 0.4, 2.0);

    @Test
    void intensitiesAndRatiosOutsideTheirRangeAreRefused() {
        // an intensity is a percentage of the counts: 0 to 100 %
        assertThatThrownBy(() -> new IntensityConstraint.FixedIntensity(1, 150))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("0 to 100 %");
        assertThatThrownBy(() -> new IntensityConstraint.FixedIntensity(1, Double.NaN))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new IntensityConstraint.FixedIntensity(1, 100).percent()).isEqualTo(100);
        // a ratio of two intensities is >= 0 and finite; a component is not constrained against itself
        assertThatThrownBy(() -> new IntensityConstraint.FixedRatio(1, 3, -1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new IntensityConstraint.FixedRatio(1, 3, Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new IntensityConstraint.FixedRatio(2, 2, 0.5))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("itself");
        assertThat(new IntensityConstraint.FixedRatio(1, 3, 0).ratio()).isZero();
    }

    @Test
    void lifetimesBeyondTheVacuumOrthoPositroniumLifetimeAreRefused() {
        // 1/rte_lambda_t = 142.0 ns (Vallery et al., PRL 90 (2003) 203402: 142.04 ns)
        assertThat(FitSettings.VACUUM_OPS_LIFETIME_NS).isBetween(141.9, 142.1);
        List<LifetimeComponent> slip = List.of(new LifetimeComponent.Exponential(Parameter.free(0.15)), new LifetimeComponent.Exponential(Parameter.free(0.4)),
                new LifetimeComponent.Exponential(Parameter.free(2000.0)));
        assertThatThrownBy(() -> BASE.withComponents(slip, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("142 ns").hasMessageContaining("2000");
        assertThatThrownBy(() -> PoreModel.TaoEldrup.standard().size(1e9))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 142 ns");
        // just inside the limit the model still answers, with a large cavity
        assertThat(PoreModel.TaoEldrup.standard().size(140.0)).isGreaterThan(10.0);
    }

    @Test
    void timeZeroOutsideTheSpectrumIsRefused() {
        LifetimeSpectrum s = SpectrumSimulator.simulate(LifetimeFitterTest.THREE, true, 5, "t0");
        for (double t0 : new double[] {-250, s.channels() + 1.0, 1e9}) {
            FitSettings bad = BASE.withT0(Optional.of(Parameter.fixed(t0)));
            assertThatThrownBy(() -> LifetimeFitter.fit(s, bad)).as("T0 = " + t0)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("outside the spectrum");
        }
    }
}
