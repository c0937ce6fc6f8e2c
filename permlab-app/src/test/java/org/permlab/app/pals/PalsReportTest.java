package org.permlab.app.pals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.permlab.app.ExampleReport;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.app.cli.CliRun;

/**
 * The example study's pals section fits the three simulated spectra (crystal powder, glass powder, glass
 * membrane; tau3 simulated from the seed's cavity diameters 5.46, 5.82, 6.10 A) with source correction.
 */
class PalsReportTest {

    @TempDir
    Path tmp;

    private Path copy() throws IOException {
        return ExampleReport.copyExample(tmp.resolve("study"));
    }

    @Test
    void theExampleStudysCavityDiametersComeBack() throws IOException {
        ExampleReport.Run run = ExampleReport.get();
        Path study = run.study();
        CliRun r = run.cli();
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(study.resolve("out/results.json").toFile());
        assertThat(results.get("errors")).isEmpty();
        JsonNode spectra = results.at("/sections/pals/spectra");
        assertThat(spectra).hasSize(3);
        // the truth of the simulation (examples/zif62-helium/README.md): diameters 5.46, 5.82, 6.10 A; each fitted
        // diameter within 3 of its SDs (one noisy spectrum each)
        String[] ids = {"pals-crystal-powder", "pals-glass-powder", "pals-glass-membrane"};
        double[] truth = {5.46, 5.82, 6.10};
        for (int i = 0; i < 3; i++) {
            JsonNode s = spectra.get(i);
            assertThat(s.get("data").asText()).isEqualTo(ids[i]);
            JsonNode fv = s.get("free_volume");
            assertThat(fv.get("diameter_angstrom").asDouble()).as(ids[i])
                    .isCloseTo(truth[i], within(3 * fv.get("diameter_sd_angstrom").asDouble()));
            assertThat(s.at("/fit/cycles")).as("source correction: two cycles").hasSize(2);
            assertThat(s.at("/fit/cycles/1/converged").asBoolean()).isTrue();
        }
        assertThat(results.at("/sections/pals/conventions/source_correction").asText()).contains("9.981");
        for (String f : new String[] {"pals-cavities.png", "pals-cavities.svg", "pals-spectrum-pals-glass-membrane.svg",
            "pals-residuals-pals-crystal-powder.png"}) {
            assertThat(study.resolve("out/figures").resolve(f)).as(f).exists();
        }
        String html = Files.readString(study.resolve("out/report.html"));
        assertThat(html).contains("<h2>Positron lifetimes and free volume</h2>", "Cavity diameter (A)",
                "pals-cavities.svg");
    }

    @Test
    void aBadSpectrumIsListedAndTheOthersAreFitted() throws IOException {
        Path study = copy();
        Files.writeString(study.resolve("data/pals/crystal-powder.dat"), "header\n1 2 3\n4 x 6\n");
        CliRun r = CliRun.of("report", study.toString());
        // the unusable spectrum is one stderr line and exit 2; the others are still fitted and written
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .contains("section pals", "data/pals/crystal-powder.dat:3:3");
        JsonNode results = new ObjectMapper().readTree(study.resolve("out/results.json").toFile());
        assertThat(results.at("/sections/pals/spectra")).hasSize(2);
        assertThat(results.at("/sections/pals/failures/0/problem").asText())
                .contains("data/pals/crystal-powder.dat:3:3", "expected a count, got 'x'");
    }
}
