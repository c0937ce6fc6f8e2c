package org.permlab.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The documented JSON keys, produced from Java record component names. */
class UnitAwareSnakeCaseTest {

    private final UnitAwareSnakeCase naming = new UnitAwareSnakeCase();

    @Test
    void keysOfTheIssues() {
        assertThat(naming.translate("temperatureK")).isEqualTo("temperature_K");
        assertThat(naming.translate("feedPressurePa")).isEqualTo("feed_pressure_Pa");
        assertThat(naming.translate("permeanceGpu")).isEqualTo("permeance_gpu");
        assertThat(naming.translate("permeanceGpuSd")).isEqualTo("permeance_gpu_sd");
        assertThat(naming.translate("permeanceSi")).isEqualTo("permeance_si");
        assertThat(naming.translate("nInjections")).isEqualTo("n_injections");
        assertThat(naming.translate("stageCut")).isEqualTo("stage_cut");
        assertThat(naming.translate("lifetimesSdNs")).isEqualTo("lifetimes_sd_ns");
        assertThat(naming.translate("t0Channel")).isEqualTo("t0_channel");
        assertThat(naming.translate("radiusAngstrom")).isEqualTo("radius_angstrom");
        assertThat(naming.translate("ffvPct")).isEqualTo("ffv_pct");
        assertThat(naming.translate("areaM2")).isEqualTo("area_m2");
        assertThat(naming.translate("flowMolS")).isEqualTo("flow_mol_s");
        assertThat(naming.translate("compressorPowerW")).isEqualTo("compressor_power_W");
        assertThat(naming.translate("specificEnergyKwhPerKg")).isEqualTo("specific_energy_kWh_per_kg");
        assertThat(naming.translate("massBalanceError")).isEqualTo("mass_balance_error");
        assertThat(naming.translate("significancePct")).isEqualTo("significance_pct");
    }

    @Test
    void aLeadingWordIsNeverAUnit() {
        assertThat(naming.translate("kelvin")).isEqualTo("kelvin");
        assertThat(naming.translate("value")).isEqualTo("value");
    }
}
