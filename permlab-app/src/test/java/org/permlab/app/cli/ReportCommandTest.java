package org.permlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permlab.app.ExampleReport;
import org.junit.jupiter.api.io.TempDir;

/** {@code permlab report} on the example study and on malformed studies. */
class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theExampleStudyReports() throws IOException {
        ExampleReport.Run run = ExampleReport.get();
        JsonNode results = run.results();
        assertThat(results.at("/study/id").asText()).isEqualTo("zif62-helium");
        assertThat(results.at("/sections/study/samples").size()).isEqualTo(8);
        // the seed's glass membrane, 10.7 ± 1.0 um, printed in um
        JsonNode glass = results.at("/sections/study/samples/5");
        assertThat(glass.get("id").asText()).isEqualTo("G-M1");
        assertThat(glass.get("thickness_um").asDouble()).isEqualTo(10.7);
        assertThat(glass.get("thickness_sd_um").asDouble()).isEqualTo(1.0);
        assertThat(glass.get("layer_class").asText()).isEqualTo("mof-glass");
        assertThat(results.at("/sections/gases/knudsen")).isNotEmpty();
        assertThat(run.html()).contains("<h2>Study and samples</h2>", "<h2>Gases</h2>", "10.7 ± 1.0");
        // nothing the user put in out/ is touched
        assertThat(Files.readString(run.out(ExampleReport.USER_FILE))).isEqualTo("mine");
    }

    private CliRun reportOn(String yaml) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(dir.resolve("study.yaml"), yaml);
        return CliRun.of("report", dir.toString());
    }

    private static final String GOOD = """
            study: s
            gases: [He, N2]
            samples:
              - id: M1
                kind: membrane
                material: ZIF-62 glass
                area: 2 cm2
                thickness: 10.7 um
            """;

    @Test
    void malformedStudiesAreOneLineWithFieldAndLine() throws IOException {
        record Case(String yaml, String expected) {
        }
        for (Case c : new Case[] {
            new Case(GOOD.replace("    area: 2 cm2\n", ""), "study.yaml:4:5: samples[0].area: missing required"),
            new Case(GOOD.replace("10.7 um", "-10.7 um"), "study.yaml:8:16: samples[0].thickness: must be positive"),
            new Case(GOOD.replace("[He, N2]", "[He, N3]"), "study.yaml:2:13: gases[1]: unknown gas 'N3'"),
            new Case(GOOD.replace("2 cm2", "2 hectares"), "study.yaml:7:11: samples[0].area: unknown unit"),
            new Case(GOOD.replace("material: ZIF-62 glass\n", "material: ZIF-62 glass\n    class: glassy\n"),
                    "study.yaml:7:12: samples[0].class: expected a membrane class (polymer, mixed-matrix"),
            new Case(GOOD.replace("kind: membrane", "kind: [membrane"), "syntax error")}) {
            CliRun r = reportOn(c.yaml());
            assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
            assertThat(r.err()).contains(c.expected());
        }
    }

    @Test
    void unknownAnalysisIsReportedAndTheRestStillRuns() throws IOException {
        CliRun r = reportOn(GOOD + "analyses:\n  flying: {}\n");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("study.yaml:10:11: analyses.flying: unknown analysis 'flying'");
        assertThat(tmp.resolve("bad/out/report.html")).exists();
    }

    @Test
    void everyItemTheStudyNamesButCannotUseIsOneStderrLineAndExit2() throws IOException {
        Path study = ExampleReport.copyExample(tmp.resolve("damaged"));
        Path spectrum = study.resolve("data/pals/glass-powder.dat");
        Files.writeString(spectrum, Files.readString(spectrum).replaceFirst("    13     14", "    13   x14"));
        Path log = study.resolve("data/permeation/glass-single-G-M1.csv");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
        int sweep = java.util.Arrays.asList(lines.get(1).split(",")).indexOf("sweep_flow_Ar [mL/min]");
        String[] row = lines.get(4).split(",");
        row[sweep] = "-" + row[sweep]; // a negative sweep flow
        lines.set(4, String.join(",", row));
        Files.write(log, lines);

        CliRun r = CliRun.of("report", study.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        java.util.List<String> errLines = r.err().strip().lines().toList();
        assertThat(errLines).as(r.err()).hasSize(2).noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
        assertThat(errLines).anyMatch(l -> l.contains("section pals") && l.contains("glass-powder.dat:2:14"));
        assertThat(errLines).anyMatch(l -> l.contains("section permeation") && l.contains("glass-single-G-M1.csv:5")
                && l.contains("sweep"));
        // the rest is still computed and written
        JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(study.resolve("out/results.json").toFile());
        assertThat(results.at("/sections/pals/spectra").size()).isEqualTo(2);
        assertThat(results.at("/sections/process")).isNotEmpty();
        assertThat(study.resolve("out/report.html")).exists();
    }

    @Test
    void missingStudy() {
        CliRun r = CliRun.of("report", tmp.resolve("nowhere").toString());
        assertThat(r.isOneLineBadInput()).isTrue();
        assertThat(r.err()).contains("no such study folder or file");
    }
}
