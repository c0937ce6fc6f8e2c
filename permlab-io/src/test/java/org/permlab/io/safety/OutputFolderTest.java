package org.permlab.io.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.error.InvalidInputException;

/** The output rules: only inside the folder, never onto an input or through a link, never over a user's file. */
class OutputFolderTest {

    @TempDir
    Path tmp;

    @Test
    void writesInsideTheFolderAndRemembersWhatItWrote() throws IOException {
        Path out = tmp.resolve("out");
        OutputFolder f = OutputFolder.open(out, false, List.of());
        f.writeString("results.json", "{}\n");
        f.writeString("figures/a.svg", "<svg/>");
        assertThat(Files.readString(out.resolve("figures/a.svg"))).isEqualTo("<svg/>");
        assertThat(Files.readAllLines(out.resolve(OutputFolder.MANIFEST))).containsExactly("results.json",
                "figures/a.svg");
        // a second run may replace permlab's own files without --force
        OutputFolder again = OutputFolder.open(out, false, List.of());
        again.writeString("results.json", "{\"a\": 1}\n");
        assertThat(Files.readString(out.resolve("results.json"))).isEqualTo("{\"a\": 1}\n");
        assertThat(again.written()).containsExactly(out.resolve("results.json"));
    }

    @Test
    void refusesNamesThatLeaveTheFolder() {
        OutputFolder f = OutputFolder.open(tmp.resolve("out"), true, List.of());
        for (String bad : List.of("../s.yaml", "a/../../s.yaml", tmp.resolve("x").toAbsolutePath().toString(), " ")) {
            assertThatThrownBy(() -> f.writeString(bad, "x")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("inside the output folder");
        }
        assertThat(tmp.resolve("s.yaml")).doesNotExist();
    }

    @Test
    void neverReplacesAUsersFileWithoutForce() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("report.html"), "mine");
        OutputFolder f = OutputFolder.open(out, false, List.of());
        assertThatThrownBy(() -> f.writeString("report.html", "permlab's"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not written by permlab")
                .hasMessageContaining("--force");
        assertThat(Files.readString(out.resolve("report.html"))).isEqualTo("mine");
        OutputFolder.open(out, true, List.of()).writeString("report.html", "permlab's");
        assertThat(Files.readString(out.resolve("report.html"))).isEqualTo("permlab's");
    }

    @Test
    void neverWritesOntoAnInputEvenWithForce() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("study"));
        Path input = Files.writeString(out.resolve("log.csv"), "time [h]\n0\n");
        OutputFolder f = OutputFolder.open(out, true, List.of(input));
        assertThatThrownBy(() -> f.writeString("log.csv", "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("inputs");
        assertThat(Files.readString(input)).isEqualTo("time [h]\n0\n");
    }

    @Test
    void neverWritesThroughALinkOutOfTheFolder() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("figures"), outside);
        Files.createSymbolicLink(out.resolve("report.html"), outside.resolve("victim.html"));
        Files.writeString(outside.resolve("victim.html"), "keep");
        OutputFolder f = OutputFolder.open(out, true, List.of());
        assertThatThrownBy(() -> f.writeString("figures/a.png", "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("out of the output folder");
        assertThatThrownBy(() -> f.writeString("report.html", "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("symbolic link");
        assertThat(outside.resolve("a.png")).doesNotExist();
        assertThat(Files.readString(outside.resolve("victim.html"))).isEqualTo("keep");
    }

    /**
     * The output folder may itself be a link (out/ on a larger disk): the folder the user named is its target, and
     * the target's own files are a user's files, never replaced without --force (the malformed-input campaign: a
     * symlinked out/ had its target's files replaced).
     */
    @Test
    void aLinkedOutputFolderKeepsItsTargetsFiles() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("bigdisk"));
        Files.writeString(target.resolve("report.html"), "mine");
        Path out = Files.createSymbolicLink(tmp.resolve("out"), target);
        OutputFolder f = OutputFolder.open(out, false, List.of());
        assertThatThrownBy(() -> f.writeString("report.html", "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not written by permlab");
        f.writeString("results.json", "{}\n");
        assertThat(Files.readString(target.resolve("report.html"))).isEqualTo("mine");
        assertThat(Files.readString(target.resolve("results.json"))).isEqualTo("{}\n");
    }

    @Test
    void removesTemporariesOfDeadRunsButNotOfLiveOnes() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        // pid 2^22+ is above Linux's pid_max default; no such process runs
        Path dead = Files.writeString(out.resolve(".report.html.4194999-ab12.permlab-tmp"), "half");
        Path live = Files.writeString(out.resolve(OutputFolder.tempName("results.json")), "being written");
        OutputFolder.open(out, false, List.of());
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
    }

    @Test
    void adoptsTheReportOfAnEarlierPermlabThatKeptNoManifest() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("results.json"), "{\n  \"permlab_version\" : \"0.0.9\"\n}\n");
        Files.createDirectories(out.resolve("figures"));
        Files.writeString(out.resolve("figures/pals-spectra.png"), "old", StandardCharsets.UTF_8);
        OutputFolder f = OutputFolder.open(out, false, List.of());
        f.writeString("results.json", "{}");
        f.writeString("figures/pals-spectra.png", "new");
        assertThat(Files.readString(out.resolve("figures/pals-spectra.png"))).isEqualTo("new");

        // a folder whose results.json is not permlab's adopts nothing
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("results.json"), "{\"mine\": true}");
        OutputFolder g = OutputFolder.open(other, false, List.of());
        assertThatThrownBy(() -> g.writeString("results.json", "{}")).isInstanceOf(InvalidInputException.class);
    }
}
