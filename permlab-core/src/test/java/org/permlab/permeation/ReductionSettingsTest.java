package org.permlab.permeation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.permlab.quantity.ReferenceState;
import org.permlab.result.Convention;
import org.permlab.result.Conventions;

/** The conventions of a reduction are stated by the values that made the choices (CONVENTIONS §1, §3). */
class ReductionSettingsTest {

    @Test
    void theChoicesStateThemselves() {
        Conventions c = new ReductionSettings(FeedSideMode.RETENTATE, SelectivityBasis.FEED,
                SteadyStateCriterion.DEFAULT).conventions(ReferenceState.NORMAL);
        assertThat(c.statements().keySet()).containsExactly("mfc_reference_state", "sweep_balance", "feed_side",
                "separation_factor_basis", "stage_cut", "permeance_sd", "permeance_u", "steady_state",
                "below_detection_limit", "ideal_selectivity", "gpu", "permeability", "drift");
        assertThat(c.get("feed_side")).contains(FeedSideMode.RETENTATE);
        assertThat(c.statements().get("feed_side")).startsWith("retentate: p_i = x_i,retentate p_feed");
        assertThat(c.statements().get("separation_factor_basis")).startsWith("feed: ");
        assertThat(c.statements().get("steady_state")).startsWith("first window of 5 injections")
                .contains("at most 1.0 % of the mean", "at most 5.0 %", "at least 5 steady injections");
        // 1 GPU = 1e-6 cm3(STP) cm-2 s-1 cmHg-1 = 3.3464e-10 mol m-2 s-1 Pa-1 (CONVENTIONS §1)
        assertThat(c.statements().get("gpu")).contains("3.3464e-10 mol m-2 s-1 Pa-1");
        Convention ref = c.get("mfc_reference_state").orElseThrow();
        assertThat(ref.statement()).isEqualTo("0 C, 1 atm");
        assertThat(ref.parameters()).containsEntry("temperature_K", 273.15).containsEntry("pressure_Pa", 101325.0);
    }

    @Test
    void aPointByHandStatesItsReferenceStateAndSweepGas() {
        Conventions c = ReductionSettings.pointConventions(FeedSideMode.INLET, SelectivityBasis.RETENTATE,
                ReferenceState.STANDARD_25C, false, "Ar");
        assertThat(c.get("mfc_reference_state").orElseThrow().parameters()).containsEntry("assumed", false)
                .containsEntry("temperature_K", 298.15);
        assertThat(c.statements()).containsEntry("sweep_gas", "Ar").doesNotContainKey("steady_state");
        assertThat(c.statements().get("separation_factor_basis")).startsWith("retentate: ");
    }
}
