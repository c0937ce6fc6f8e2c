package org.permlab.app.tradeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.app.report.ReportContext;
import org.permlab.app.report.ReportOutcome;
import org.permlab.app.report.LegacySection;
import org.permlab.app.report.ReportWriter;
import org.permlab.app.report.SectionOutput;
import org.permlab.io.study.Study;
import org.permlab.io.study.StudyLoader;
import org.permlab.permeation.PerformancePoint;
import org.permlab.permeation.SelectivityKind;
import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/** The report section, with and without the permeation section's results. */
class TradeoffSectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Measured gpu(double v, double sd) {
        return new Measured(Units.GPU.toSi(v, ReferenceState.NORMAL), Units.GPU.toSi(sd, ReferenceState.NORMAL));
    }

    /** Stands in for the permeation section (order 500): publishes one membrane's He/N2 performance. */
    static final class FakePermeation implements LegacySection {
        public String id() {
            return "fake-permeation";
        }

        public String title() {
            return "fake permeation";
        }

        public int order() {
            return 500;
        }

        public boolean appliesTo(Study study) {
            return true;
        }

        public SectionOutput render(ReportContext context) {
            context.facts().publish(new PerformancePoint("G-M1", "ZIF-62 glass membrane", "He", "N2",
                    gpu(51, 2), gpu(2.93, 0.2), new Measured(17.4, 0.6), SelectivityKind.SEPARATION_FACTOR, 423.0,
                    1.0e5, Optional.of(new Measured(10.7e-6, 1.0e-6))));
            return new SectionOutput(List.of(), "");
        }
    }

    private Study study(String analyses, String data) throws Exception {
        Files.writeString(dir.resolve("study.yaml"), "study: t\n" + data + "analyses:\n  tradeoff:" + analyses
                + "\n");
        return StudyLoader.load(dir);
    }

    /** With permeation results the study's membrane is highlighted and compared with the bound. */
    @Test
    void highlightsTheStudysOwnMembranesWhenPublished() throws Exception {
        // the membrane's samples give its class (study.yaml samples[].class)
        Study s = study(" {}", """
                samples:
                  - {id: G-M1, kind: membrane, material: ZIF-62 glass membrane, class: mof-glass, area: 2 cm2}
                  - {id: G-M2, kind: membrane, material: ZIF-62 glass membrane, class: MOF glass, area: 2 cm2}
                """);
        ReportOutcome o = new ReportWriter(List.of(new TradeoffSection(), new FakePermeation()))
                .write(s, dir.resolve("out"));
        assertThat(o.problems()).isEmpty();
        JsonNode t = JSON.readTree(o.resultsJson().toFile()).at("/sections/tradeoff");
        assertThat(t.get("highlighted").asText()).contains("this study");
        JsonNode pair = t.get("pairs").get(0);
        assertThat(pair.get("pair").asText()).isEqualTo("He/N2");
        JsonNode mine = null;
        for (JsonNode p : pair.get("points")) {
            if (p.get("study").asBoolean()) {
                mine = p;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("label").asText()).isEqualTo("G-M1");
        assertThat(mine.get("material_class").asText()).isEqualTo("mof-glass");
        // 51 x 10.7 = 545.7 Barrer, d = 0.50114 (TradeOffTest), uncertainty from the permeance (2/51) and the
        // thickness (1.0/10.7) and the selectivity (|n| 0.6/17.4) in quadrature
        assertThat(mine.at("/bounds/0/distance").asDouble()).isCloseTo(0.50114, within(2e-5));
        double rel = Math.sqrt(Math.pow(2.0 / 51, 2) + Math.pow(1.0 / 10.7, 2) + Math.pow(1.017 * 0.6 / 17.4, 2));
        assertThat(mine.at("/bounds/0/distance_sd").asDouble()).isCloseTo(0.50114 * rel, within(1e-4));
        assertThat(dir.resolve("out/figures/tradeoff-he-n2-permeability.svg")).exists();
        assertThat(dir.resolve("out/figures/tradeoff-he-n2-permeance.png")).exists();
        String html = Files.readString(o.reportHtml());
        assertThat(html).contains("G-M1 (this study)", "dense polymer films", "Robeson 2008");
    }

    /** Without permeation results the seed paper's own rows stand in, and the section says so. */
    @Test
    void fallsBackToTheSeedRowsAndSaysSo() throws Exception {
        Study s = study(" {}", "");
        ReportOutcome o = new ReportWriter(List.of(new TradeoffSection())).write(s, dir.resolve("out"));
        JsonNode t = JSON.readTree(o.resultsJson().toFile()).at("/sections/tradeoff");
        assertThat(t.get("highlighted").asText()).contains("no permeation results").contains("seed");
        assertThat(t.get("pairs")).extracting(p -> p.get("pair").asText())
                .contains("He/N2", "He/CH4", "CO2/N2");
        assertThat(Files.readString(o.reportHtml())).contains("no permeation results in this report");
    }

    /** A study's own literature file is read; its bad rows are listed and skipped, the section still renders. */
    @Test
    void studyLiteratureFilesAreReadAndBadRowsListed() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/lit.csv"), "material,class,pair,permeability_barrer,selectivity,"
                + "selectivity_kind\nmy PIM,polymer,He/N2,1000,9,single\nbad,polymer,He/N2,0,9,single\n");
        Study s = study("\n    pairs: [He/N2]\n    bundled: false",
                "data:\n  - {id: lit, kind: literature-points, path: data/lit.csv}\n");
        ReportOutcome o = new ReportWriter(List.of(new TradeoffSection())).write(s, dir.resolve("out"));
        assertThat(o.problems()).isEmpty();
        JsonNode t = JSON.readTree(o.resultsJson().toFile()).at("/sections/tradeoff");
        assertThat(t.get("skipped_rows").get(0).asText()).startsWith("data/lit.csv:3:4: permeability_barrer:");
        assertThat(t.at("/pairs/0/points/0/label").asText()).isEqualTo("my PIM");
        assertThat(t.get("literature_files")).extracting(JsonNode::asText).containsExactly("data/lit.csv");
    }

    @Test
    void badSettingsAreReportedWithTheirLine() throws Exception {
        Study s = study("\n    pairs: [He/Nope]", "");
        ReportOutcome o = new ReportWriter(List.of(new TradeoffSection())).write(s, dir.resolve("out"));
        assertThat(o.problems()).hasSize(1);
        assertThat(o.problems().get(0).message()).contains("study.yaml:4").contains("unknown gas 'Nope'");
        Study typo = study("\n    pair: [He/N2]", "");
        ReportOutcome o2 = new ReportWriter(List.of(new TradeoffSection())).write(typo, dir.resolve("out2"));
        assertThat(o2.problems().get(0).message()).contains("did you mean 'pairs'");
    }
}
