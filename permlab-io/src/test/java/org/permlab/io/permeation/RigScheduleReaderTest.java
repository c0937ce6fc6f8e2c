package org.permlab.io.permeation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.error.InvalidInputException;

/**
 * Schedules that would make the virtual rig write impossible logs are refused at the offending value (the
 * malformed-input campaign: 1e6 % noise gave y_He = 36,832,252 ppm, 0 bar gave negative pressures, exit 0).
 */
class RigScheduleReaderTest {

    @TempDir
    Path tmp;

    private static final String GOOD = """
            experiment: t
            injection_interval: 10 min
            area: 2.0 cm2
            sweep: {gas: Ar, flow: 25 mL/min}
            transient: 2 min
            gc:
              species: [He, N2]
              noise: 1 %
              detection_limits: {He: 5 ppm, N2: 5 ppm}
            mfc: {noise: 0.3 %, drift_per_100h: 0.2 %}
            gauges: {pressure_noise: 0.1 kPa, temperature_noise: 0.2 K}
            membrane:
              He: {permeance: 21.0 GPU, at: 303 K, activation_energy: 8.5 kJ/mol}
              N2: {permeance: 1.5 GPU, at: 303 K}
            seed: 1
            steps:
              - {label: a, duration: 2 h, temperature: 303 K, feed_pressure: 1 bar, permeate_pressure: 1 bar, feed: {He: 25 mL/min, N2: 25 mL/min}}
            """;

    private List<RigScheduleReader.SampleSchedule> read(String yaml) throws IOException {
        Path f = Files.writeString(tmp.resolve("s.schedule.yaml"), yaml);
        return RigScheduleReader.read(f, "s.schedule.yaml");
    }

    private void refused(String from, String to, String message) {
        assertThat(GOOD).contains(from);
        assertThatThrownBy(() -> read(GOOD.replace(from, to))).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("s.schedule.yaml:").hasMessageContaining(message);
    }

    @Test
    void theGoodScheduleReads() throws IOException {
        assertThat(read(GOOD)).hasSize(1);
        assertThat(read(GOOD).get(0).schedule().steps()).hasSize(1);
    }

    @Test
    void impossibleNoiseLimitsAndConditionsAreRefused() {
        refused("noise: 1 %", "noise: 1e6 %", "between 0 and 50 %");
        refused("noise: 1 %", "noise: -1 %", "between 0 and 50 %");
        refused("mfc: {noise: 0.3 %", "mfc: {noise: -0.3 %", "between 0 and 50 %");
        refused("pressure_noise: 0.1 kPa", "pressure_noise: -0.1 kPa", "cannot be negative");
        refused("He: 5 ppm", "He: -5 ppm", "between 0 and 1");
        refused("transient: 2 min", "transient: -2 min", "cannot be negative");
        refused("feed_pressure: 1 bar", "feed_pressure: 0 bar", "must be positive");
        refused("permeate_pressure: 1 bar", "permeate_pressure: -1 bar", "must be positive");
    }

    @Test
    void emptyOrEndlessSchedulesAndUnknownGcSpeciesAreRefused() {
        refused("steps:\n  - {label: a, duration: 2 h, temperature: 303 K, feed_pressure: 1 bar, permeate_pressure: "
                + "1 bar, feed: {He: 25 mL/min, N2: 25 mL/min}}\n", "steps: []\n", "at least one step");
        refused("injection_interval: 10 min", "injection_interval: 1e-9 s", "at most 10000000");
        refused("species: [He, N2]", "species: [He, N2, CH4]", "gives it no permeance");
    }
}
