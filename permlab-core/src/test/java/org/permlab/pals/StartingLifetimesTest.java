package org.permlab.pals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;
import org.permlab.result.Convention;

/** The global stage's starting lifetimes: a typed value with its numbers, carried in a fit's conventions. */
class StartingLifetimesTest {

    @Test
    void theHighestStartIsAFractionOfTheWindowBetweenTheSpanAndTheVacuumLifetime() {
        StartingLifetimes s = StartingLifetimes.standard(8);
        // 2048 channels of 13 ps: 0.4 x 26.624 ns
        assertThat(s.highestNs(2048 * 0.013)).isEqualTo(0.4 * (2048 * 0.013));
        // a 0.5 ns window: at least 4 x 0.08 ns
        assertThat(s.highestNs(0.5)).isEqualTo(4 * 0.08);
        // a 1 us window: the vacuum o-Ps lifetime, 1/rte_lambda_t of free-volume.tsv (about 142 ns)
        assertThat(s.highestNs(1000)).isEqualTo(FitSettings.VACUUM_OPS_LIFETIME_NS);
        assertThat(FitSettings.VACUUM_OPS_LIFETIME_NS).isBetween(141.9, 142.1);
        assertThat(s.lowestNs()).isEqualTo(0.08);
        assertThat(s.minimumSeparation()).isEqualTo(1.3);
    }

    @Test
    void aFitCarriesItsStartsAsAConventionWithTheirNumbers() {
        Resolution r = new Resolution(List.of(GaussianPeak.fixed(0.241, 1.0, 0.0)));
        SimulationSpec spec = new SimulationSpec(2048, 0.013, 250.4, r, List.of(new SimulationSpec.Component(0.2, 0,
                30), new SimulationSpec.Component(0.45, 0, 50), new SimulationSpec.Component(2.0, 0, 20)), 1e6, 20,
                java.util.Optional.empty());
        LifetimeSpectrum spectrum = SpectrumSimulator.simulate(spec, true, 3, "sim");
        FitSettings settings = FitSettings.of(FitSettings.defaultFitRange(spectrum, r), r, 0.2, 0.45, 2.0)
                .withStarts(5);
        LifetimeFit fit = LifetimeFitter.fit(spectrum, settings);
        Convention starts = fit.conventions().get("starts").orElseThrow();
        assertThat(starts).isEqualTo(StartingLifetimes.standard(5));
        assertThat(starts.parameters()).containsEntry("starts", 5).containsEntry("lowest_ns", 0.08)
                .containsEntry("window_fraction", 0.4).containsEntry("ceiling_ns",
                        FitSettings.VACUUM_OPS_LIFETIME_NS);
        assertThat(starts.statement()).startsWith("5 deterministic starts");
        assertThat(fit.result().startsTried()).isLessThanOrEqualTo(5 + 1);
    }

    @Test
    void impossibleStartsAreRefused() {
        assertThatThrownBy(() -> new StartingLifetimes(8, 0.5, 0.4, 0.1, 4, 1.3))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new StartingLifetimes(0, 0.08, 0.4, 142, 4, 1.3))
                .isInstanceOf(InvalidInputException.class);
    }
}
