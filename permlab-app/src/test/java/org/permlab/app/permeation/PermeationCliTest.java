package org.permlab.app.permeation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.app.cli.CliRun;

/** The permeation and rig verbs, their JSON keys and their answers to bad input. */
class PermeationCliTest {

    static final Path DATA = Path.of("..", "examples", "zif62-helium", "data", "permeation");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static final String[] WORKED = {"permeation", "calc", "--sweep-flow", "25mL/min", "--feed", "He=0.5,N2=0.5",
        "--feed-pressure", "1atm", "--permeate-pressure", "1atm", "--permeate-y", "He=0.01,N2=0.0005", "--area",
        "2cm2", "--feed-flow", "50mL/min"};

    @Test
    void workedExampleOfConventionsThroughCalc() {
        CliRun r = CliRun.of(WORKED);
        assertThat(r.exitCode()).as(r.err()).isZero();
        // CONVENTIONS §3, to 4 significant digits: P_He 56.54 GPU, P_N2 2.773 GPU, separation factor 20.00, 0.53 %
        assertThat(r.out()).containsPattern("He\\s+0\\.5\\s+0\\.01\\s+\\S+\\s+56\\.54\\s");
        assertThat(r.out()).containsPattern("N2\\s+0\\.5\\s+5e-4\\s+\\S+\\s+2\\.773\\s");
        assertThat(r.out()).contains("separation factor He/N2 = 20.00", "stage cut = 0.53 %", "0 C, 1 atm");
    }

    @Test
    void calcJson() throws IOException {
        String[] args = Arrays.copyOf(WORKED, WORKED.length + 1);
        args[WORKED.length] = "--json";
        CliRun r = CliRun.of(args);
        JsonNode j = JSON.readTree(r.out());
        JsonNode he = j.get("species").get(0);
        assertThat(he.get("permeance_gpu").asDouble()).isCloseTo(56.54, within(0.005));
        assertThat(he.get("permeance_si").asDouble()).isCloseTo(1.8920e-8, within(0.00005e-8));
        assertThat(j.at("/pairs/0/selectivity").asDouble()).isCloseTo(20.0, within(1e-9));
        assertThat(j.at("/pairs/0/kind").asText()).isEqualTo("separation_factor");
        assertThat(j.get("stage_cut").asDouble()).isCloseTo(0.0053, within(0.00005));
        assertThat(j.at("/conventions/mfc_reference_state/temperature_K").asDouble()).isEqualTo(273.15);
        assertThat(j.at("/conventions/feed_side").asText()).startsWith("inlet");
    }

    @Test
    void calcBoundsAndBadInput() {
        CliRun bound = CliRun.of(WORKED[0], WORKED[1], "--sweep-flow", "25mL/min", "--feed", "He=0.5,N2=0.5",
                "--feed-pressure", "1atm", "--permeate-pressure", "1atm", "--permeate-y", "He=0.01,N2=<0.0005",
                "--area", "2cm2");
        assertThat(bound.exitCode()).isZero();
        assertThat(bound.out()).contains("separation factor He/N2 = > 20.00", "N2", "< 2.77");
        CliRun sum = CliRun.of("permeation", "calc", "--sweep-flow", "25mL/min", "--feed", "He=0.5,N2=0.4",
                "--feed-pressure", "1atm", "--permeate-pressure", "1atm", "--permeate-y", "He=0.01", "--area",
                "2cm2");
        assertThat(sum.isOneLineBadInput()).as(sum.err()).isTrue();
        assertThat(sum.err()).contains("--feed", "sum to 1");
        CliRun unit = CliRun.of("permeation", "calc", "--sweep-flow", "25bar", "--feed", "He=1",
                "--feed-pressure", "1atm", "--permeate-pressure", "1atm", "--permeate-y", "He=0.01", "--area",
                "2cm2");
        assertThat(unit.isOneLineBadInput()).as(unit.err()).isTrue();
        assertThat(unit.err()).contains("--sweep-flow");
    }

    /** Core names the missing quantity ("feed flow"); the command line names the option that gives it. */
    @Test
    void calcRetentateModeWithoutFeedFlowNamesTheOption() throws IOException {
        CliRun r = CliRun.of("permeation", "calc", "--sweep-flow", "25mL/min", "--feed", "He=0.5,N2=0.5",
                "--feed-pressure", "1atm", "--permeate-pressure", "1atm", "--permeate-y", "He=0.01,N2=0.0005",
                "--area", "2cm2", "--feed-side", "retentate");
        assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
        assertThat(r.err()).contains("--feed-flow", "retentate feed-side mode needs the feed flow");
        String[] args = Arrays.copyOf(WORKED, WORKED.length + 1);
        args[WORKED.length] = "--json";
        JsonNode c = JSON.readTree(CliRun.of(args).out()).get("conventions");
        // the reference state is the default 0 C, 1 atm, assumed; the sweep gas the default Ar
        assertThat(c.at("/mfc_reference_state/statement").asText()).isEqualTo("0 C, 1 atm");
        assertThat(c.at("/mfc_reference_state/assumed").asBoolean()).isTrue();
        assertThat(c.at("/sweep_gas").asText()).isEqualTo("Ar");
        assertThat(c.at("/gpu").asText()).contains("3.3464e-10 mol m-2 s-1 Pa-1");
        assertThat(c.has("steady_state")).isFalse();
    }

    /** A run file for one log of the example, with the membrane written in (as a user outside a study would). */
    private Path runFile(String experiment) throws IOException {
        String body = Files.readString(DATA.resolve(experiment + ".run.yaml"));
        Path f = tmp.resolve(experiment + ".run.yaml");
        Files.writeString(f, "membrane: {id: G-M1, area: 2.0 ± 0.1 cm2, thickness: 10.7 ± 1.0 um}\n" + body);
        return f;
    }

    @Test
    void reduceJsonHasTheKeysTheIssueNames() throws IOException {
        Path run = runFile("glass-temperature-HeN2");
        CliRun r = CliRun.of("permeation", "reduce", DATA.resolve("glass-temperature-HeN2-G-M1.csv").toString(),
                "--run", run.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        JsonNode c = j.get("conditions").get(0);
        assertThat(c.get("temperature_K").asDouble()).isCloseTo(303, within(0.5));
        assertThat(c.get("feed_pressure_Pa").asDouble()).isCloseTo(1e5, within(100.0));
        assertThat(c.has("stage_cut")).isTrue();
        JsonNode he = c.get("species").get(0);
        for (String key : new String[] {"permeance_gpu", "permeance_gpu_sd", "permeance_si", "n_injections"}) {
            assertThat(he.has(key)).as(key).isTrue();
        }
        // G-M1's simulated He permeance at 303 K is 19.5 x 1.04 = 20.28 GPU (the schedule)
        assertThat(he.get("permeance_gpu").asDouble()).isCloseTo(20.28, within(4 * he.get("permeance_gpu_u")
                .asDouble()));
        JsonNode pair = c.get("pairs").get(0);
        for (String key : new String[] {"selectivity", "selectivity_sd", "kind"}) {
            assertThat(pair.has(key)).as(key).isTrue();
        }
        assertThat(pair.get("kind").asText()).isEqualTo("separation_factor");
        assertThat(j.at("/conventions/feed_side").asText()).startsWith("retentate");
        assertThat(j.get("arrhenius")).hasSize(2);
        assertThat(j.at("/arrhenius/0/activation_energy_kJ_per_mol").asDouble()).isBetween(7.5, 9.5);
        // the command-line option overrides the run file
        CliRun inlet = CliRun.of("permeation", "reduce", DATA.resolve("glass-temperature-HeN2-G-M1.csv").toString(),
                "--run", run.toString(), "--json", "--feed-side", "inlet");
        assertThat(JSON.readTree(inlet.out()).at("/conventions/feed_side").asText()).startsWith("inlet");
    }

    /** The example log with one edit. */
    private Path editedLog(java.util.function.UnaryOperator<List<String>> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(DATA.resolve("glass-temperature-HeN2-G-M1.csv")));
        Path f = tmp.resolve("log.csv");
        Files.write(f, edit.apply(lines));
        return f;
    }

    private CliRun reduce(Path log) throws IOException {
        return CliRun.of("permeation", "reduce", log.toString(), "--run", runFile("glass-temperature-HeN2")
                .toString());
    }

    private static String replaceCell(String line, int column, String value) {
        String[] cells = line.split(",", -1);
        cells[column] = value;
        return String.join(",", cells);
    }

    @Test
    void aLogWithoutAColumnIsRejectedNamingIt() throws IOException {
        // the header is line 2 (a comment is line 1); temperature is the 7th column
        CliRun r = reduce(editedLog(l -> {
            List<String> out = new ArrayList<>();
            for (String s : l) {
                List<String> cells = new ArrayList<>(Arrays.asList(s.split(",", -1)));
                if (!s.startsWith("#")) {
                    cells.remove(6);
                }
                out.add(s.startsWith("#") ? s : String.join(",", cells));
            }
            return out;
        }));
        assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
        assertThat(r.err()).contains("log.csv:2", "missing column 'temperature [K]'");
    }

    @Test
    void aColumnWithoutUnitIsRejectedNamingIt() throws IOException {
        CliRun r = reduce(editedLog(l -> {
            l.set(1, l.get(1).replace("feed_flow_N2 [mL/min]", "feed_flow_N2"));
            return l;
        }));
        assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
        assertThat(r.err()).contains("log.csv:2:3", "feed_flow_N2", "has no unit");
    }

    @Test
    void badRowsFailTheirConditionOnlyNamingColumnAndRow() throws IOException {
        // row 20 (line 22) is in the second condition (333 K, rows 13-24); the others are still reduced
        record Case(String what, java.util.function.UnaryOperator<String> edit, String expected) {
        }
        List<Case> cases = List.of(
                new Case("negative flow", s -> replaceCell(s, 1, "-25.0"), "log.csv:22:2: feed_flow_He [mL/min]: row 20"),
                new Case("time backwards", s -> replaceCell(s, 0, "0.5000"), "log.csv:22:1: time [h]: row 20: time goes"),
                new Case("fractions over 1", s -> replaceCell(replaceCell(s, 7, "600000"), 8, "500000"),
                        "log.csv:22: y_He + y_N2: row 20: the GC mole fractions sum to 1.1"),
                new Case("not a number", s -> replaceCell(s, 4, "1,0"), "log.csv:22"));
        for (Case c : cases) {
            CliRun r = reduce(editedLog(l -> {
                l.set(21, c.edit().apply(l.get(21)));
                return l;
            }));
            assertThat(r.exitCode()).as(c.what()).isEqualTo(2);
            assertThat(r.isOneLineBadInput()).as(c.what() + ": " + r.err()).isTrue();
            assertThat(r.err()).as(c.what()).contains("condition '333 K' not reduced").contains(c.expected());
            // the other four conditions are reduced and printed
            assertThat(r.out()).as(c.what()).contains("303 K", "363 K", "393 K", "423 K").doesNotContain(" 333 K ");
        }
    }

    @Test
    void rigSimulateWritesWhatReduceReadsAndNeverOverwrites() throws IOException {
        Path schedule = tmp.resolve("s.yaml");
        Files.writeString(schedule, QUICK_SCHEDULE.formatted(""));
        Path log = tmp.resolve("quick.csv");
        CliRun sim = CliRun.of("rig", "simulate", schedule.toString(), "-o", log.toString());
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        CliRun again = CliRun.of("rig", "simulate", schedule.toString(), "-o", log.toString());
        assertThat(again.isOneLineBadInput()).isTrue();
        assertThat(again.err()).contains("exists; not replaced");
        CliRun r = CliRun.of("permeation", "reduce", log.toString(), "--run", quickRun().toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode he = JSON.readTree(r.out()).at("/conditions/0/species/0");
        // the truth, 51 GPU, within 4 standard uncertainties of the mean (1 % GC noise, 12 injections)
        assertThat(he.get("permeance_gpu").asDouble()).isCloseTo(51.0, within(4 * he.get("permeance_gpu_u")
                .asDouble()));
    }

    /** One He/N2 condition at 423 K; {@code %s} is extra text for the gc map (e.g. a calibration). */
    private static final String QUICK_SCHEDULE = """
            experiment: quick
            seed: 5
            sample: M1
            area: 2 cm2
            sweep: {gas: Ar, flow: 25 mL/min}
            injection_interval: 10 min
            membrane:
              He: {permeance: 51 GPU, at: 423 K}
              N2: {permeance: 2.931 GPU, at: 423 K}
            gc: {noise: 1 %%, detection_limits: {He: 5 ppm, N2: 5 ppm}%s}
            steps:
              - {label: a, duration: 2 h, temperature: 423 K, feed_pressure: 1 bar, permeate_pressure: 1 bar, feed: {He: 25 mL/min, N2: 25 mL/min}}
            """;

    private Path quickRun() throws IOException {
        Path run = tmp.resolve("r.yaml");
        Files.writeString(run, "membrane: {id: M1, area: 2 cm2}\nsweep: Ar\nfeed_side: retentate\n"
                + "detection_limits: {He: 5 ppm, N2: 5 ppm}\n");
        return run;
    }

    /**
     * With a GC calibration in its schedule the virtual rig writes peak areas (the calibration's inverse), and the
     * reducer, given the same calibration, recovers the permeances of the mole-fraction log of the same seed. They
     * differ only by the logs' rounding: y in ppm to 3 decimals (N2 is about 180 ppm here, so at most 2.8e-6
     * relative) and areas to 7 significant digits (5e-7): 5e-6 relative bounds both.
     */
    @Test
    void peakAreaLogsReduceLikeMoleFractionLogs() throws IOException {
        Files.writeString(tmp.resolve("cal.yaml"), """
                area_unit: pA s
                species:
                  He: {model: linear, coefficients: [0, 2.1e-7]}
                  N2: {model: quadratic, coefficients: [1e-7, 3.4e-7, 1e-14]}
                """);
        Path fractions = tmp.resolve("fractions.yaml");
        Files.writeString(fractions, QUICK_SCHEDULE.formatted(""));
        Path areas = tmp.resolve("areas.yaml");
        Files.writeString(areas, QUICK_SCHEDULE.formatted(", calibration: cal.yaml"));
        Path yLog = tmp.resolve("y.csv");
        Path areaLog = tmp.resolve("area.csv");
        assertThat(CliRun.of("rig", "simulate", fractions.toString(), "-o", yLog.toString()).exitCode()).isZero();
        CliRun sim = CliRun.of("rig", "simulate", areas.toString(), "-o", areaLog.toString());
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        assertThat(Files.readAllLines(areaLog).get(1)).endsWith(",area_He [pA s],area_N2 [pA s]");

        JsonNode y = JSON.readTree(CliRun.of("permeation", "reduce", yLog.toString(), "--run", quickRun().toString(),
                "--json").out());
        CliRun a = CliRun.of("permeation", "reduce", areaLog.toString(), "--run", quickRun().toString(),
                "--calibration", tmp.resolve("cal.yaml").toString(), "--json");
        assertThat(a.exitCode()).as(a.err()).isZero();
        JsonNode fromAreas = JSON.readTree(a.out());
        for (int i = 0; i < 2; i++) {
            double expected = y.at("/conditions/0/species/" + i + "/permeance_gpu").asDouble();
            assertThat(fromAreas.at("/conditions/0/species/" + i + "/permeance_gpu").asDouble())
                    .isCloseTo(expected, within(5e-6 * expected));
        }

        Files.writeString(tmp.resolve("cal.yaml"), "area_unit: pA s\nspecies:\n"
                + "  He: {model: linear, coefficients: [0, 2.1e-7]}\n");
        CliRun missing = CliRun.of("rig", "simulate", areas.toString(), "-o", tmp.resolve("x.csv").toString());
        assertThat(missing.isOneLineBadInput()).as(missing.err()).isTrue();
        assertThat(missing.err()).contains("areas.yaml:10", "gc.calibration", "no entry for N2");
    }

    @Test
    void seriesRunsPrintTheirAnalysisAndResultsAreWrittenOnce() throws IOException {
        Path run = runFile("glass-stability-HeN2");
        Path outDir = tmp.resolve("results");
        String log = DATA.resolve("glass-stability-HeN2-G-M1.csv").toString();
        CliRun r = CliRun.of("permeation", "reduce", log, "--run", run.toString(), "-o", outDir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("drift per 100 h (95 % CI)", "3 vol% H2O", "recovered")
                .doesNotContain("reactivation at 353 K");
        JsonNode written = JSON.readTree(outDir.resolve("glass-stability-HeN2.json").toFile());
        assertThat(written.get("stability")).isNotEmpty();
        // the water segment differs from the baseline (permeances simulated 8 % lower), the CO2 segment does not
        for (JsonNode s : written.get("stability")) {
            if (s.get("quantity").asText().equals("He") && s.get("segment").asText().equals("3 vol% H2O")) {
                assertThat(s.get("differs_from_first").asBoolean()).isTrue();
                assertThat(s.get("ratio_to_first").asDouble()).isCloseTo(0.92, within(0.01));
            }
        }
        // a second run replaces permlab's own file (OutputFolder's manifest) but never a file of the user's
        CliRun again = CliRun.of("permeation", "reduce", log, "--run", run.toString(), "-o", outDir.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("glass-stability-HeN2.json"), "my notes");
        CliRun users = CliRun.of("permeation", "reduce", log, "--run", run.toString(), "-o", mine.toString());
        assertThat(users.isOneLineBadInput()).as(users.err()).isTrue();
        assertThat(users.err()).contains("exists and was not written by permlab");
        assertThat(Files.readString(mine.resolve("glass-stability-HeN2.json"))).isEqualTo("my notes");
        Path pressure = runFile("glass-pressure-HeN2");
        CliRun p = CliRun.of("permeation", "reduce", DATA.resolve("glass-pressure-HeN2-G-M1.csv").toString(),
                "--run", pressure.toString(), "--json");
        JsonNode rec = JSON.readTree(p.out()).get("recoveries");
        // He/N2 falls to 17.5/2.059 at 3 bar (the schedule's N2 factor) and comes back on return to 1.1 bar
        for (JsonNode x : rec) {
            if (x.get("quantity").asText().equals("He/N2")) {
                assertThat(x.get("at_peak_ratio").asDouble()).isCloseTo(1 / 2.059, within(0.02));
                assertThat(x.get("recovery_ratio").asDouble()).isCloseTo(1.0, within(4 * x.get("recovery_ratio_sd")
                        .asDouble()));
            }
        }
        assertThat(rec).isNotEmpty();
    }

    @Test
    void badScheduleIsOneLine() throws IOException {
        Path schedule = tmp.resolve("bad.yaml");
        Files.writeString(schedule, "experiment: x\nseed: 1\narea: -2 cm2\n");
        CliRun r = CliRun.of("rig", "simulate", schedule.toString());
        assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
        assertThat(r.err()).contains("bad.yaml:3");
    }

    @Test
    void rigSimulateWritesOnlyPlainNamesAndNeverOverTheSchedule() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path schedule = dir.resolve("s.yaml");
        for (String name : new String[] {"../s.yaml", "/tmp/x.csv", "..\\\\x.csv", "sub/x.csv", ".."}) {
            Files.writeString(schedule, QUICK_SCHEDULE.formatted("") + "log: '" + name + "'\n");
            String before = Files.readString(schedule);
            CliRun r = CliRun.of("rig", "simulate", schedule.toString(), "--force");
            assertThat(r.isOneLineBadInput()).as(name + ": " + r.err()).isTrue();
            assertThat(r.err()).contains("s.yaml:", "log", "plain file name");
            assertThat(Files.readString(schedule)).isEqualTo(before);
        }
        // the plain name of the schedule itself, with --force, still does not replace it
        Files.writeString(schedule, QUICK_SCHEDULE.formatted("") + "log: s.yaml\n");
        String before = Files.readString(schedule);
        CliRun r = CliRun.of("rig", "simulate", schedule.toString(), "--force");
        assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
        assertThat(r.err()).contains("over the schedule");
        assertThat(Files.readString(schedule)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("s.yaml");
        }
    }
}
