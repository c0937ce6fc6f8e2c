package org.permlab.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.permlab.gas.GasDatabase;
import org.permlab.gas.SpeciesVector;
import org.permlab.quantity.Measured;
import org.permlab.result.Convention;
import org.permlab.result.Conventions;
import org.permlab.result.Worded;

import com.fasterxml.jackson.databind.JsonNode;

/** The one JSON shape of the domain types (ResultKeys' key style, PermlabModule's serialisers). */
class PermlabModuleTest {

    enum Mode implements Worded {
        LOG_MEAN;

        @Override
        public String word() {
            return "logmean";
        }
    }

    record Result(Measured permeanceGpu, Optional<Measured> tau3Ns, Optional<Measured> absentNs,
            List<Measured> lifetimesNs, Measured stageCut, Measured flowMolPerS, Measured temperatureK,
            SpeciesVector feedFractions, Mode mode, Conventions conventions) {
    }

    @Test
    void measuredPropertiesSplitIntoValueAndSdKeysBeforeTheUnit() throws Exception {
        GasDatabase db = GasDatabase.standard();
        Result r = new Result(Measured.of(51.0, 1.5), Optional.of(Measured.of(1.874, 0.01)), Optional.empty(),
                List.of(Measured.of(0.2, 0.01), Measured.of(2.0, 0.03)), Measured.of(0.0053, 0.0002),
                Measured.of(1e-5, 1e-7), Measured.of(303.15, 0.1),
                SpeciesVector.of(List.of(db.lookup("He"), db.lookup("N2")), new double[] {0.5, 0.5}),
                Mode.LOG_MEAN, Conventions.of(Convention.of("feed_side", "inlet: p_i = x_i p_feed"),
                        Convention.of("mfc_reference_state", "0 C, 1 atm",
                                Map.of("temperature_K", 273.15))));
        JsonNode n = Json.mapper().readTree(Json.toJson(r));
        assertThat(n.get("permeance_gpu").asDouble()).isEqualTo(51.0);
        assertThat(n.get("permeance_sd_gpu").asDouble()).isEqualTo(1.5);
        assertThat(n.get("tau3_ns").asDouble()).isEqualTo(1.874);
        assertThat(n.get("tau3_sd_ns").asDouble()).isEqualTo(0.01);
        assertThat(n.has("absent_ns")).isFalse();
        assertThat(n.has("absent_sd_ns")).isFalse();
        assertThat(n.get("lifetimes_ns").get(1).asDouble()).isEqualTo(2.0);
        assertThat(n.get("lifetimes_sd_ns").get(1).asDouble()).isEqualTo(0.03);
        assertThat(n.get("stage_cut_sd").asDouble()).isEqualTo(0.0002);
        assertThat(n.get("flow_sd_mol_per_s").asDouble()).isEqualTo(1e-7);
        assertThat(n.get("temperature_sd_K").asDouble()).isEqualTo(0.1);
        assertThat(n.get("feed_fractions").get("He").asDouble()).isEqualTo(0.5);
        assertThat(n.get("mode").asText()).isEqualTo("logmean");
        assertThat(n.get("conventions").get("feed_side").asText()).startsWith("inlet");
        assertThat(n.get("conventions").get("mfc_reference_state").get("temperature_K").asDouble())
                .isEqualTo(273.15);
    }

    @Test
    void sdKeysFollowOneRule() {
        assertThat(ResultKeys.sdKey("permeance_gpu")).isEqualTo("permeance_sd_gpu");
        assertThat(ResultKeys.sdKey("activation_energy_kJ_per_mol")).isEqualTo("activation_energy_sd_kJ_per_mol");
        assertThat(ResultKeys.sdKey("heat_capacity_J_per_mol_K")).isEqualTo("heat_capacity_sd_J_per_mol_K");
        assertThat(ResultKeys.sdKey("selectivity")).isEqualTo("selectivity_sd");
        assertThat(ResultKeys.sdKey("t0_channel")).isEqualTo("t0_sd_channel");
        assertThat(ResultKeys.sdKey("s")).isEqualTo("s_sd");
        assertThat(ResultKeys.sdKey("drift_per_hundred_h")).isEqualTo("drift_per_hundred_sd_h");
    }
}
