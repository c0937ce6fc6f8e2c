package org.permlab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.permlab.app.plot.Plots;
import org.permlab.error.InvalidInputException;
import org.permlab.io.study.Study;
import org.permlab.io.study.StudyLoader;

/** A failing section does not stop the others: bad input is reported, a bug is kept for the exit code. */
class ReportWriterTest {

    @TempDir
    Path dir;

    record Value(double temperatureK) {
    }

    static LegacySection section(String id, int order, java.util.function.Function<ReportContext, SectionOutput> f) {
        return new LegacySection() {
            public String id() {
                return id;
            }

            public String title() {
                return "Section " + id;
            }

            public int order() {
                return order;
            }

            public boolean appliesTo(Study study) {
                return true;
            }

            public SectionOutput render(ReportContext context) {
                return f.apply(context);
            }
        };
    }

    @Test
    void sectionsAreIsolated() throws Exception {
        Files.writeString(dir.resolve("study.yaml"), "study: s\n");
        Study study = StudyLoader.load(dir);
        LegacySection good = section("good", 2, ctx -> {
            XYChart c = Plots.xy("", "x", "y");
            Plots.points(c, "a", new double[] {1, 2}, new double[] {3, 4}, null);
            var fig = ctx.figure(c, "plot");
            return new SectionOutput(new Value(303.15), Html.figure(ctx, fig, "a plot"));
        });
        LegacySection bad = section("bad", 1, ctx -> {
            throw InvalidInputException.at("log.csv", 12, 3, "flow", "negative flow");
        });
        LegacySection buggy = section("buggy", 3, ctx -> {
            throw new ArithmeticException("boom");
        });
        ReportOutcome o = new ReportWriter(List.of(good, bad, buggy)).write(study, dir.resolve("out"));
        assertThat(o.sectionsRun()).containsExactly("good");
        assertThat(o.problems()).extracting(SectionProblem::section).containsExactly("bad", "buggy");
        assertThat(o.problems().get(0).message()).isEqualTo("log.csv:12:3: flow: negative flow");
        assertThat(o.firstBug()).isPresent();
        JsonNode json = new ObjectMapper().readTree(o.resultsJson().toFile());
        assertThat(json.at("/sections/good/temperature_K").asDouble()).isEqualTo(303.15);
        assertThat(json.get("errors").size()).isEqualTo(2);
        assertThat(dir.resolve("out/figures/good-plot.svg")).exists();
        String html = Files.readString(o.reportHtml());
        assertThat(html).contains("figures/good-plot.svg", "log.csv:12:3: flow: negative flow",
                "could not be computed");
        // the order of sections is by order(), then id, whatever the order given
        assertThat(html.indexOf("Section bad")).isLessThan(html.indexOf("Section good"));
    }

    @Test
    void laterSectionsSeeWhatEarlierOnesPublished() throws Exception {
        Files.writeString(dir.resolve("study.yaml"), "study: s\n");
        Study study = StudyLoader.load(dir);
        LegacySection producer = section("producer", 500, ctx -> {
            ctx.facts().publish(new Value(423.0));
            return new SectionOutput(new Value(1), "");
        });
        LegacySection consumer = section("consumer", 600, ctx -> new SectionOutput(
                new Value(ctx.facts().all(Value.class).get(0).temperatureK()), ""));
        ReportOutcome o = new ReportWriter(List.of(consumer, producer)).write(study, dir.resolve("out"));
        JsonNode json = new ObjectMapper().readTree(o.resultsJson().toFile());
        assertThat(json.at("/sections/consumer/temperature_K").asDouble()).isEqualTo(423.0);
    }

    @Test
    void theReportIsReproducible() throws Exception {
        Files.writeString(dir.resolve("study.yaml"), "study: s\ngases: [He, N2]\n");
        Study study = StudyLoader.load(dir);
        ReportWriter w = ReportWriter.discover();
        String first = Files.readString(w.write(study, dir.resolve("a")).reportHtml());
        String second = Files.readString(w.write(study, dir.resolve("b")).reportHtml());
        assertThat(first).isEqualTo(second);
    }
}
