package org.permlab.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permlab.app.ExampleReport;
import org.junit.jupiter.api.io.TempDir;

/** The example study's report shows the process section with the single stage and the cascade. */
class ProcessReportTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "zif62-helium");

    @TempDir
    Path tmp;

    @Test
    void theExampleReportShowsTheStageAndTheCascade() throws IOException {
        ExampleReport.Run run = ExampleReport.get();
        Path study = run.study();
        JsonNode process = run.results()
                .at("/sections/process");
        assertThat(process.at("/cases/0/stage/stage_cut").asDouble()).isBetween(0.0642, 0.0644);
        assertThat(process.at("/cases/0/flow_patterns").size()).isEqualTo(4);
        assertThat(process.at("/cases/0/purity_recovery").size()).isEqualTo(2);
        assertThat(process.at("/cascades/0/product/purity").asDouble()).isGreaterThan(0.9);
        assertThat(process.at("/cascades/0/specific_energy_kWh_per_kg").asDouble()).isPositive();
        assertThat(process.get("conventions").get("knudsen_membrane").asText()).contains("sqrt");
        String html = Files.readString(study.resolve("out/report.html"));
        assertThat(html).contains("<h2>Process design: helium recovery</h2>", "seed-three-stage-flowsheet.svg",
                "Knudsen-selective");
        assertThat(study.resolve("out/process/seed-three-stage-flowsheet.svg")).exists();
        assertThat(study.resolve("out/figures/process-seed-single-stage-purity-recovery.svg")).exists();
    }
}
