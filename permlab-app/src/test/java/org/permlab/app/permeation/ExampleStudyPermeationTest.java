package org.permlab.app.permeation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permlab.app.ExampleReport;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.app.report.ReportContext;
import org.permlab.app.report.ReportFacts;
import org.permlab.io.permeation.RigScheduleReader;
import org.permlab.io.safety.OutputFolder;
import org.permlab.io.study.StudyLoader;
import org.permlab.permeation.PerformancePoint;
import org.permlab.permeation.SelectivityKind;
import org.permlab.rig.ArrheniusPermeance;

/**
 * Acceptance on the example study: its logs are what the schedules simulate, its selectivities match the
 * seed's numbers within their SD over samples, its activation energies match the simulated truth, and the section
 * publishes the performance points the trade-off and process sections use.
 */
class ExampleStudyPermeationTest {

    static final Path STUDY = Path.of("..", "examples", "zif62-helium");
    static final Path DATA = STUDY.resolve("data").resolve("permeation");
    private static JsonNode section;
    private static ReportFacts facts;

    @TempDir
    static Path out;

    @BeforeAll
    static void report() throws IOException {
        section = ExampleReport.get().section("permeation");
        facts = new ReportFacts();
        new PermeationSection().render(new ReportContext(StudyLoader.load(STUDY), "permeation",
                OutputFolder.open(out.resolve("again"), false, List.of()), facts));
    }

    @Test
    void reSimulatingEverySchedulesReproducesTheCheckedInLogsExactly() throws IOException {
        List<Path> schedules;
        try (Stream<Path> s = Files.list(DATA)) {
            schedules = s.filter(p -> p.toString().endsWith(".schedule.yaml")).sorted().toList();
        }
        assertThat(schedules).hasSize(8);
        int logs = 0;
        for (Path schedule : schedules) {
            for (RigScheduleReader.SampleSchedule s : RigScheduleReader.read(schedule, schedule.toString())) {
                Path log = DATA.resolve(s.logName().orElseThrow());
                assertThat(RigCommand.simulate(s)).as(log.toString()).isEqualTo(Files.readString(log));
                logs++;
            }
        }
        assertThat(logs).isEqualTo(24);
    }

    @Test
    void everyLogIsReducedWithoutProblems() {
        assertThat(section.get("problems")).isEmpty();
        assertThat(section.get("runs")).hasSize(24);
    }

    private static List<String[]> seedNumbers() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(ExampleStudyPermeationTest.class
                .getResourceAsStream("seed-fig6.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }

    @Test
    void selectivitiesAndPermeancesMatchTheSeedWithinTheirSdOverSamples() throws IOException {
        int checked = 0;
        for (String[] s : seedNumbers()) {
            String run = s[0];
            String condition = s[1];
            String quantity = s[2];
            double seed = Double.parseDouble(s[4]);
            JsonNode row = null;
            if (s[3].equals("permeance_gpu")) {
                for (JsonNode r : section.get("permeances")) {
                    if (r.get("run").asText().equals(run) && r.get("condition").asText().equals(condition)
                            && r.get("gas").asText().equals(quantity)) {
                        row = r;
                    }
                }
                assertThat(row).as(String.join(" ", s)).isNotNull();
                double v = row.get("permeance_gpu").asDouble();
                double sd = row.get("permeance_sd_gpu").asDouble();
                System.out.printf("%s %s %s: %.4g ± %.2g GPU, seed %s (%.2f SD)%n", run, condition, quantity, v, sd,
                        s[4], (v - seed) / sd);
                assertThat(Math.abs(v - seed)).as(String.join(" ", s)).isLessThanOrEqualTo(sd);
            } else {
                for (JsonNode r : section.get("selectivities")) {
                    if (r.get("run").asText().equals(run) && r.get("condition").asText().equals(condition)
                            && r.get("pair").asText().equals(quantity) && r.get("kind").asText().equals(s[3])) {
                        row = r;
                    }
                }
                assertThat(row).as(String.join(" ", s)).isNotNull();
                double v = row.get("selectivity").asDouble();
                double sd = row.get("selectivity_sd").asDouble();
                System.out.printf("%s %s %s %s: %.4g ± %.2g, seed %s (%.2f SD)%n", run, condition, quantity, s[3], v,
                        sd, s[4], (v - seed) / sd);
                assertThat(Math.abs(v - seed)).as(String.join(" ", s)).isLessThanOrEqualTo(sd);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void activationEnergiesMatchTheSimulatedTruth() throws IOException {
        Map<String, Double> truth = new HashMap<>();
        for (String exp : List.of("glass-temperature-HeN2", "glass-temperature-HeCH4")) {
            Path schedule = DATA.resolve(exp + ".schedule.yaml");
            RigScheduleReader.read(schedule, schedule.toString()).get(0).schedule().permeances().forEach((g, m) ->
                    truth.put(exp + "-run " + g, ((ArrheniusPermeance) m).activationEnergyJPerMol() / 1e3));
        }
        int within1 = 0;
        int n = 0;
        for (JsonNode r : section.get("activation_energies")) {
            double ea = r.get("activation_energy_kJ_per_mol").asDouble();
            double se = r.get("activation_energy_se_kJ_per_mol").asDouble();
            double t = truth.get(r.get("run").asText() + " " + r.get("gas").asText());
            double z = (ea - t) / se;
            System.out.printf("Ea %s %s: %.4f ± %.4f kJ/mol, truth %.2f (%.2f SE)%n", r.get("run").asText(),
                    r.get("gas").asText(), ea, se, t, z);
            // the SE is a standard uncertainty: 2 SE is the 95 % interval for each of the four gases
            assertThat(Math.abs(z)).as(r.toString()).isLessThanOrEqualTo(2.0);
            within1 += Math.abs(z) <= 1 ? 1 : 0;
            n++;
        }
        assertThat(n).isEqualTo(4);
        // about 68 % should fall within 1 SE; with four gases, at least two (binomial probability of fewer: 7 %)
        assertThat(within1).isGreaterThanOrEqualTo(2);
    }

    @Test
    void performancePointsArePublishedForTheTradeOffAndProcessSections() {
        List<PerformancePoint> points = facts.all(PerformancePoint.class);
        for (String material : List.of("ZIF-62 glass membrane", "ZIF-62 polycrystalline membrane")) {
            for (String pair : List.of("He/N2", "He/CH4", "CO2/N2")) {
                assertThat(points).as(material + " " + pair).anyMatch(p -> p.material().equals(material)
                        && (p.fast() + "/" + p.slow()).equals(pair) && p.kind() == SelectivityKind.IDEAL
                        && Math.abs(p.temperatureK() - 303) < 2 && p.thicknessM().isPresent());
            }
            for (String pair : List.of("He/N2", "He/CH4")) {
                assertThat(points).as(material + " mixed " + pair).anyMatch(p -> p.material().equals(material)
                        && (p.fast() + "/" + p.slow()).equals(pair) && p.kind() == SelectivityKind.SEPARATION_FACTOR
                        && Math.abs(p.temperatureK() - 303) < 2);
            }
        }
        for (double t : new double[] {303, 333, 363, 393, 423}) {
            for (String pair : List.of("He/N2", "He/CH4")) {
                assertThat(points).as(t + " " + pair).anyMatch(p -> p.material().equals("ZIF-62 glass membrane")
                        && (p.fast() + "/" + p.slow()).equals(pair) && Math.abs(p.temperatureK() - t) < 2);
            }
        }
        assertThat(points).allMatch(p -> p.membrane().equals("ZIF-62 glass membrane (G-M1..3)")
                || p.membrane().equals("ZIF-62 polycrystalline membrane (P-M1..3)"));
        // material level: SD over the three samples
        PerformancePoint glass = points.stream().filter(p -> p.material().startsWith("ZIF-62 glass")
                && p.kind() == SelectivityKind.IDEAL && p.slow().equals("N2") && p.fast().equals("He")).findFirst()
                .orElseThrow();
        assertThat(glass.selectivity().sd()).isGreaterThan(0);
        assertThat(glass.permeabilityFastSi()).isPresent();
    }

    @Test
    void theReportShowsTheFigures() throws IOException {
        String html = ExampleReport.get().html();
        assertThat(html).contains("<h2>Gas permeation (Wicke-Kallenbach)</h2>", "permeation-fig6a-single-gas.svg",
                "permeation-fig6b-mixed-gas.svg", "permeation-fig6c-permeance-vs-temperature.svg",
                "permeation-fig6d-selectivity-vs-pressure.svg", "permeation-fig6e-stability-1.svg");
        assertThat(section.at("/conventions/mfc_reference_state/statement").asText()).isEqualTo("0 C, 1 atm");
    }
}
