package org.permlab.app.pals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.app.cli.CliRun;

/** The pals verbs end to end, their JSON keys, and bad input as one line with exit code 2. */
class PalsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path simulate(String name, String... extra) {
        Path file = tmp.resolve(name);
        boolean seeded = java.util.Arrays.asList(extra).contains("--seed");
        String[] base = {"pals", "simulate", "-o", file.toString(), "--lifetimes", "0.2,0.45,2.0", "--intensities",
            "30,50,20", "--counts", "2e6", "--source", "402ps:9.981", "--seed", seeded ? "0" : "5"};
        if (seeded) {
            base = java.util.Arrays.copyOf(base, base.length - 2);
        }
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return file;
    }

    @Test
    void freeVolumeAcceptanceNumbersThroughTheCli() throws IOException {
        // CONVENTIONS §4 checks: diameter 5.46 A <-> 1.874 ns; FFV(R = 3 A, I3 = 20 %) = 4.07 % (tau3 = 2.171 ns gives R = 3 A)
        JsonNode d = JSON.readTree(CliRun.of("pals", "free-volume", "--tau3", "1.874", "--json").out());
        assertThat(d.get("diameter_angstrom").asDouble()).isCloseTo(5.46, within(5e-3));
        assertThat(d.get("radius_angstrom").asDouble()).isCloseTo(2.73, within(3e-3));
        JsonNode f = JSON.readTree(CliRun.of("pals", "free-volume", "--tau3", "2.171", "--i3", "20", "--json").out());
        assertThat(f.get("radius_angstrom").asDouble()).isCloseTo(3.0, within(1e-3));
        assertThat(f.get("ffv_pct").asDouble()).isCloseTo(4.07, within(5e-3));
        assertThat(f.get("ffv_sd_pct").asDouble()).isZero();
        assertThat(f.get("i3_pct").asDouble()).isEqualTo(20.0);
        assertThat(f.at("/conventions/pore_model").asText()).contains("Tao-Eldrup", "1.656");
        // the same shape for an intensity with its SD: I3 and its SD both come out
        JsonNode sd = JSON.readTree(CliRun.of("pals", "free-volume", "--tau3", "2.171", "--i3", "20+-0.5", "--json")
                .out());
        assertThat(sd.get("i3_sd_pct").asDouble()).isEqualTo(0.5);
        assertThat(sd.get("ffv_sd_pct").asDouble()).isPositive();
        JsonNode inverse = JSON.readTree(CliRun.of("pals", "free-volume", "--diameter", "5.46", "--json").out());
        assertThat(inverse.get("tau3_ns").asDouble()).isCloseTo(1.874, within(5e-4));
        assertThat(inverse.get("diameter_angstrom").asDouble()).isEqualTo(5.46);
        // sd(R) = sd(tau3) / (dtau/dR), dtau/dR = 1.11 ns/A at R = 2.85 A: 0.02 ns gives 0.018 A
        CliRun text = CliRun.of("pals", "free-volume", "--tau3", "2.0+-0.02");
        assertThat(text.out()).contains("radius    2.849 ± 0.018 A", "diameter  5.697 ± 0.037 A");
        // the RTE for a large pore
        CliRun rte = CliRun.of("pals", "free-volume", "--tau3", "30", "--model", "rte", "--temperature", "295K");
        assertThat(rte.exitCode()).as(rte.err()).isZero();
        assertThat(rte.out()).contains("cube side", "rectangular Tao-Eldrup");
    }

    @Test
    void freeVolumeProblemsNameTheirOptionThoughCoreNamesTheQuantity() {
        record Case(String[] args, String expected) {
        }
        for (Case c : new Case[] {
            new Case(new String[] {"--tau3", "2.0", "--i3", "150"}, "--i3: must be between 0 and 100 %"),
            new Case(new String[] {"--tau3", "2.0", "--delta-r", "-1"}, "--delta-r: must be positive"),
            new Case(new String[] {"--tau3", "2.0", "--lambda-b", "0"}, "--lambda-b: must be positive"),
            new Case(new String[] {"--tau3", "30", "--model", "rte", "--temperature", "0K"},
                "--temperature: must be positive")}) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("pals", "free-volume"),
                    java.util.Arrays.stream(c.args())).toArray(String[]::new);
            CliRun r = CliRun.of(args);
            assertThat(r.isOneLineBadInput()).as(String.join(" ", c.args()) + ": " + r.err()).isTrue();
            assertThat(r.err()).as(String.join(" ", c.args())).contains(c.expected());
        }
    }

    @Test
    void simulateThenFitGivesTheIssuesJsonKeys() throws IOException {
        Path spectrum = simulate("sim.dat");
        CliRun r = CliRun.of("pals", "fit", spectrum.toString(), "--channel-width", "13ps", "--resolution", "241ps",
                "--source", "402ps:9.981", "--free-volume", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        JsonNode fit = j.get("fit");
        assertThat(fit.get("cycles")).hasSize(2);
        // the last cycle is the final result: the source-corrected second
        JsonNode last = fit.at("/cycles/1");
        assertThat(last.get("cycle").asInt()).isEqualTo(2);
        for (String key : new String[] {"components", "background", "background_sd", "t0_channel", "t0_sd_channel",
            "mean_lifetime_ns", "mean_lifetime_sd_ns", "chi_square", "dof", "reduced_chi_square",
            "reduced_chi_square_sd", "significance_pct", "converged", "warnings", "weighting"}) {
            assertThat(last.has(key)).as(key).isTrue();
        }
        for (String key : new String[] {"lifetime_ns", "lifetime_sd_ns", "intensity_pct", "intensity_sd_pct",
            "area", "area_sd", "lifetime_fixed"}) {
            assertThat(last.at("/components/0").has(key)).as(key).isTrue();
        }
        assertThat(last.get("weighting").asText()).isEqualTo("poisson");
        assertThat(last.get("source_area").asDouble()).isPositive();
        assertThat(last.has("counts")).as("per-channel arrays only with --residuals").isFalse();
        assertThat(j.at("/spectrum/channels").asInt()).isEqualTo(2048);
        for (String key : new String[] {"radius_angstrom", "diameter_angstrom", "ffv_pct", "i3_pct", "i3_sd_pct"}) {
            assertThat(j.get("free_volume").has(key)).as(key).isTrue();
        }
        assertThat(j.at("/free_volume/component").asInt()).isEqualTo(3);
        // the truth within 4 SD (one noisy spectrum)
        double[] tau = {0.2, 0.45, 2.0};
        for (int k = 0; k < 3; k++) {
            JsonNode c = last.get("components").get(k);
            assertThat(c.get("lifetime_ns").asDouble()).isCloseTo(tau[k], within(4 * c.get("lifetime_sd_ns")
                    .asDouble()));
        }
        assertThat(fit.at("/conventions/weighting").asText()).contains("Poisson maximum likelihood");
        assertThat(fit.at("/conventions/source_correction").asText()).contains("first cycle's T0");
        // --residuals: the fit range channel by channel, per cycle
        CliRun withResiduals = CliRun.of("pals", "fit", spectrum.toString(), "--channel-width", "13ps",
                "--resolution", "241ps", "--source", "402ps:9.981", "--json", "--residuals");
        JsonNode res = JSON.readTree(withResiduals.out()).get("residuals");
        assertThat(res).hasSize(2);
        int n = res.at("/1/channels").size();
        assertThat(n).isEqualTo(fit.at("/cycles/1/fit_range/last").asInt() - fit.at("/cycles/1/fit_range/first")
                .asInt() + 1);
        for (String key : new String[] {"counts", "model", "residuals", "source"}) {
            assertThat(res.at("/1/" + key)).as(key).hasSize(n);
        }
    }

    @Test
    void aFittedSpectrumAndItsFiguresAreWrittenWithMinusO() {
        Path spectrum = simulate("sim.csv", "--layout", "csv");
        Path out = tmp.resolve("fits");
        CliRun r = CliRun.of("pals", "fit", spectrum.toString(), "--channel-width", "13ps", "--resolution", "241ps",
                "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("lifetime (ns)", "significance of imperfect model", "conventions:");
        for (String f : new String[] {"sim-fit.json", "sim-fit.csv", "sim-fit.png", "sim-fit.svg",
            "sim-residuals.png"}) {
            assertThat(out.resolve(f)).as(f).exists();
        }
    }

    @Test
    void aControlFileJob() throws IOException {
        Path spectrum = simulate("glass.dat", "--layout", "patfit");
        Files.createDirectories(tmp.resolve("jobs"));
        String pfc = """
                POSITRONFIT DATA BLOCK 1: OUTPUT OPTIONS
                0000
                POSITRONFIT DATA BLOCK 2: SPECTRUM
                 2048
                (/,(i6,9i7))
                ..\\glass.dat
                header
                 0
                POSITRONFIT DATA BLOCK 3: CHANNEL RANGES. TIME SCALE. TIME-ZERO.
                 1 2048 200 2048 0.013 G 250
                POSITRONFIT DATA BLOCK 4: RESOLUTION FUNCTION
                 1 0.241 100 0
                POSITRONFIT DATA BLOCK 5: LIFETIMES AND INTENSITY CONSTRAINTS
                 3 GGG 0.2 0.45 2.0 FFF 0 0 0 0
                POSITRONFIT DATA BLOCK 6: BACKGROUND CONSTRAINTS
                 0
                POSITRONFIT DATA BLOCK 7: AREA CONSTRAINTS
                 0
                POSITRONFIT DATA BLOCK 8: SOURCE CORRECTION
                 1 0.402 0 100 9.981 0
                """;
        Path job = tmp.resolve("jobs/JOB.pfc");
        Files.writeString(job, pfc);
        CliRun r = CliRun.of("pals", "fit", "--control", job.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.at("/fit/cycles")).hasSize(2);
        assertThat(j.at("/spectrum/layout").asText()).isEqualTo("fortran (/,(i6,9i7))");
        assertThat(spectrum).exists();
        // a broken control file: exit 2, one line, file and line
        Files.writeString(job, pfc.replace(" 1 2048 200 2048 0.013 G 250", " 1 2048 200 2048 0.013 X 250"));
        CliRun bad = CliRun.of("pals", "fit", "--control", job.toString());
        assertThat(bad.isOneLineBadInput()).as(bad.err()).isTrue();
        assertThat(bad.err()).contains("JOB.pfc:10:", "block 3", "time-zero flag");
        Files.writeString(job, pfc.substring(0, pfc.indexOf("POSITRONFIT DATA BLOCK 6")));
        CliRun missing = CliRun.of("pals", "fit", "--control", job.toString());
        assertThat(missing.isOneLineBadInput()).as(missing.err()).isTrue();
        assertThat(missing.err()).contains("block 6", "missing");
    }

    @Test
    void badSpectraAreOneLineWithExitTwo() throws IOException {
        Path zeros = tmp.resolve("zeros.dat");
        Files.writeString(zeros, "0\n0\n0\n0\n");
        Path negative = tmp.resolve("negative.dat");
        Files.writeString(negative, "header\n5\n7\n-3\n9\n");
        Path garbage = tmp.resolve("garbage.dat");
        Files.writeString(garbage, "header\n5 7 9\n11 %$# 13\n");
        Path nan = tmp.resolve("nan.dat");
        Files.writeString(nan, "5\n7\nNaN\n9\n");
        String[][] cases = {
            {zeros.toString(), "zeros.dat", "all 4 channels are zero"},
            {negative.toString(), "negative.dat:4:1", "negative count -3"},
            {garbage.toString(), "garbage.dat:3:4", "expected a count, got '%$#'"},
            {nan.toString(), "nan.dat:3:1", "not a finite number"}};
        for (String[] c : cases) {
            CliRun r = CliRun.of("pals", "fit", c[0], "--channel-width", "13ps", "--resolution", "241ps");
            assertThat(r.isOneLineBadInput()).as(c[0] + ": " + r.err()).isTrue();
            assertThat(r.err()).contains(c[1], c[2]);
        }
        // fewer channels than the ranges ask for
        Path spectrum = simulate("sim.dat");
        CliRun range = CliRun.of("pals", "fit", spectrum.toString(), "--channel-width", "13ps", "--resolution",
                "241ps", "--fit-range", "100:4096");
        assertThat(range.isOneLineBadInput()).as(range.err()).isTrue();
        assertThat(range.err()).contains("fit range", "2048 channels");
        // a PATFIT layout asked for more channels than the file holds
        Path patfit = simulate("patfit.dat", "--layout", "patfit");
        CliRun tooFew = CliRun.of("pals", "fit", patfit.toString(), "--channel-width", "13ps", "--resolution", "241ps",
                "--format", "(/,(i6,9i7))", "--channels", "4096");
        assertThat(tooFew.isOneLineBadInput()).as(tooFew.err()).isTrue();
        assertThat(tooFew.err()).contains("patfit.dat:206:", "the data end after 2048 channels; expected 4096");
        // options
        CliRun noWidth = CliRun.of("pals", "fit", spectrum.toString(), "--resolution", "241ps");
        assertThat(noWidth.isOneLineBadInput()).as(noWidth.err()).isTrue();
        assertThat(noWidth.err()).contains("--channel-width");
        CliRun badTau = CliRun.of("pals", "free-volume", "--tau3", "0.3");
        assertThat(badTau.isOneLineBadInput()).as(badTau.err()).isTrue();
        assertThat(badTau.err()).contains("--tau3", "0.5 ns");
        CliRun missingFile = CliRun.of("pals", "fit", tmp.resolve("nope.dat").toString(), "--channel-width", "13ps",
                "--resolution", "241ps");
        assertThat(missingFile.isOneLineBadInput()).as(missingFile.err()).isTrue();
        assertThat(missingFile.err()).contains("nope.dat: file not found");
    }

    @Test
    void aBatchReportsFailedFilesAndGoesOn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        Path a = simulate("batch/a.dat");
        Path b = simulate("batch/b.dat", "--seed", "6");
        Files.writeString(dir.resolve("c.dat"), "0 0 0\n");
        CliRun r = CliRun.of("pals", "fit", dir.toString(), "--channel-width", "13ps", "--resolution", "241ps",
                "--json", "--threads", "2");
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("spectra")).hasSize(3);
        assertThat(j.get("failed").asInt()).isEqualTo(1);
        assertThat(j.at("/spectra/0/result/fit/cycles/0/components")).hasSize(3);
        assertThat(j.at("/spectra/1/result/fit/cycles/0/components")).hasSize(3);
        assertThat(j.at("/spectra/2/error").asText()).contains("c.dat", "all 3 channels are zero");
        assertThat(r.err()).contains("c.dat");
        assertThat(a).exists();
        assertThat(b).exists();
        // the table form, and a CSV row per spectrum with -o
        Path out = tmp.resolve("batch-out");
        CliRun t = CliRun.of("pals", "fit", dir.toString(), "--channel-width", "13ps", "--resolution", "241ps", "-o",
                out.toString());
        assertThat(t.out()).contains("3 spectra, 1 failed", "FAILED");
        assertThat(Files.readAllLines(out.resolve("pals-batch.csv"))).hasSize(4);
    }

    @Test
    void simulateNeverReplacesAnExistingSpectrumWithoutForce() throws IOException {
        Path measured = tmp.resolve("measured.dat");
        Files.writeString(measured, "a measured spectrum\n1\n2\n");
        CliRun r = CliRun.of("pals", "simulate", "-o", measured.toString(), "--lifetimes", "0.2,0.45,2.0",
                "--intensities", "30,50,20");
        assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
        assertThat(r.err()).contains("measured.dat", "exists; not replaced");
        assertThat(Files.readString(measured)).isEqualTo("a measured spectrum\n1\n2\n");
        CliRun forced = CliRun.of("pals", "simulate", "-o", measured.toString(), "--lifetimes", "0.2,0.45,2.0",
                "--intensities", "30,50,20", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllLines(measured)).hasSizeGreaterThan(2048);
    }

    @Test
    void settingsNoSpectrumCanSatisfyAreOneLineNamingTheOption() {
        Path s = simulate("s.dat");
        record Case(String[] args, String expected) {
        }
        for (Case c : new Case[] {
            new Case(new String[] {"--ratio", "1:3=-1"}, "--ratio: I1/I3 fixed at -1.0"),
            new Case(new String[] {"--intensity", "1=150"}, "--intensity: I1 fixed at 150.0 %"),
            new Case(new String[] {"--t0", "-250", "--fix-t0"}, "outside the spectrum"),
            new Case(new String[] {"--t0", "1e9"}, "outside the spectrum"),
            new Case(new String[] {"--lifetimes", "1e300,0.4,2"}, "142 ns")}) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("pals", "fit", s.toString(),
                    "--resolution", "241ps", "--channel-width", "13ps"), java.util.Arrays.stream(c.args())).toArray(String[]::new);
            CliRun r = CliRun.of(args);
            assertThat(r.isOneLineBadInput()).as(String.join(" ", c.args()) + ": " + r.err()).isTrue();
            assertThat(r.err()).as(String.join(" ", c.args())).contains(c.expected());
        }
    }
}
