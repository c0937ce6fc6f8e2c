package org.permlab.io.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.error.InvalidInputException;

class StudyLoaderTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "zif62-helium");

    @TempDir
    Path dir;

    private static final String VALID = """
            study: s1
            gases: [He, nitrogen]
            samples:
              - id: M1
                kind: membrane
                material: ZIF-62 glass
                area: 2 cm2
                thickness: 10.7 ± 1.0 um
              - id: P1
                kind: powder
                material: ZIF-62
            """;

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private InvalidInputException failure(String yaml) throws IOException {
        Path f = write(yaml);
        try {
            StudyLoader.load(dir);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith(f.toString() + ":").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("expected the study to be rejected");
    }

    @Test
    void theExampleStudyLoads() {
        Study s = StudyLoader.load(EXAMPLE);
        assertThat(s.id()).isEqualTo("zif62-helium");
        assertThat(s.samples()).extracting(Sample::id).contains("P-powder", "G-powder", "P-M1", "G-M3");
        Sample glass = s.sample("G-M1").orElseThrow();
        // seed §3.2: 10.7 ± 1.0 um
        assertThat(glass.thicknessM().orElseThrow().value()).isCloseTo(10.7e-6, within(1e-18));
        assertThat(glass.thicknessM().orElseThrow().sd()).isCloseTo(1.0e-6, within(1e-18));
        assertThat(glass.derivedFrom()).contains("P-M1");
        // seed §2.2: melt at 723 K, 10 K/min; the alias *melt-quench resolves to the anchored record
        SynthesisStep heat = glass.synthesis().orElseThrow().steps().get(0);
        assertThat(heat.temperatureK()).contains(723.0);
        assertThat(heat.rateKPerS().orElseThrow()).isCloseTo(10.0 / 60, within(1e-12));
        Reagent zinc = s.sample("P-powder").orElseThrow().synthesis().orElseThrow().reagents().get(3);
        assertThat(zinc.massKg().orElseThrow()).isCloseTo(0.1116e-3, within(1e-15));
    }

    @Test
    void validStudy() throws IOException {
        write(VALID);
        Study s = StudyLoader.load(dir);
        assertThat(s.gases()).extracting(g -> g.formula()).containsExactly("He", "N2");
        assertThat(s.sample("M1").orElseThrow().areaM2().orElseThrow().value()).isCloseTo(2e-4, within(1e-18));
        assertThat(s.sample("P1").orElseThrow().areaM2()).isEmpty();
    }

    @Test
    void missingArea() throws IOException {
        InvalidInputException e = failure(VALID.replace("    area: 2 cm2\n", ""));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("samples[0].area: missing required field 'area'");
    }

    @Test
    void negativeThickness() throws IOException {
        InvalidInputException e = failure(VALID.replace("10.7 ± 1.0 um", "-3 um"));
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.getMessage()).contains("samples[0].thickness: must be positive, got -3 um");
    }

    @Test
    void unknownGas() throws IOException {
        InvalidInputException e = failure(VALID.replace("[He, nitrogen]", "[He, unobtainium]"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("gases[1]: unknown gas 'unobtainium'");
    }

    @Test
    void unknownUnit() throws IOException {
        InvalidInputException e = failure(VALID.replace("2 cm2", "2 acres"));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("samples[0].area: unknown unit 'acres'");
    }

    @Test
    void wrongDimension() throws IOException {
        InvalidInputException e = failure(VALID.replace("2 cm2", "2 bar"));
        assertThat(e.getMessage()).contains("samples[0].area").contains("'bar' is a pressure unit");
    }

    @Test
    void yamlSyntaxError() throws IOException {
        InvalidInputException e = failure(VALID.replace("gases: [He, nitrogen]", "gases: [He, nitrogen"));
        assertThat(e.line()).isPositive();
        assertThat(e.getMessage()).contains("syntax error");
    }

    @Test
    void misspelledField() throws IOException {
        InvalidInputException e = failure(VALID.replace("    thickness:", "    thicknes:"));
        assertThat(e.getMessage()).contains("did you mean 'thickness'");
    }

    @Test
    void duplicateSampleId() throws IOException {
        InvalidInputException e = failure(VALID.replace("id: P1", "id: M1"));
        assertThat(e.getMessage()).contains("duplicate sample id 'M1'");
    }

    @Test
    void dataFileMustExistAndKindMustBeKnown() throws IOException {
        InvalidInputException missing = failure(VALID + "data:\n  - {id: d1, kind: rig-log, path: logs/none.csv}\n");
        assertThat(missing.getMessage()).contains("data[0].path: file not found: logs/none.csv");
        Files.writeString(dir.resolve("x.csv"), "t\n");
        InvalidInputException kind = failure(VALID + "data:\n  - {id: d1, kind: rig-logg, path: x.csv}\n");
        assertThat(kind.getMessage()).contains("unknown data kind 'rig-logg'");
    }

    @Test
    void missingStudyFile() {
        assertThatThrownBy(() -> StudyLoader.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no study.yaml in this folder");
    }

    /** Malformed-input campaign: a study naming ../../etc/passwd copied its first line into report.html. */
    @Test
    void dataOutsideTheStudyFolderIsRefusedUnlessAllowed() throws IOException {
        Path outside = Files.createTempDirectory("permlab-outside");
        try {
            Path secret = Files.writeString(outside.resolve("secret.csv"), "root:x:0:0\n");
            String rel = dir.relativize(secret).toString();
            for (String path : List.of(rel, secret.toString(), rel.replace('/', '\\'))) {
                InvalidInputException e = failure(VALID + "data:\n  - {id: d1, kind: rig-log, path: '" + path + "'}\n");
                assertThat(e.getMessage()).contains("leads outside the study folder").doesNotContain("root:x");
            }
            // a link inside the study that points out of it is outside too
            Files.createSymbolicLink(dir.resolve("link.csv"), secret);
            assertThat(failure(VALID + "data:\n  - {id: d1, kind: rig-log, path: link.csv}\n").getMessage())
                    .contains("leads outside the study folder");
            // the user may allow the folder
            write(VALID + "data:\n  - {id: d1, kind: rig-log, path: '" + rel + "'}\n");
            Study s = StudyLoader.load(dir, List.of(outside));
            assertThat(s.data()).singleElement().satisfies(d -> assertThat(d.path()).isEqualTo(secret.normalize()));
            assertThat(s.mayRead(secret)).isTrue();
            assertThat(StudyLoader.load(dir, List.of(outside)).mayRead(Path.of("/etc/passwd"))).isFalse();
        } finally {
            try (var files = Files.walk(outside)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
