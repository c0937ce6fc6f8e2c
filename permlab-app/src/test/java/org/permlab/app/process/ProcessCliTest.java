package org.permlab.app.process;

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

/** The process verbs, their JSON keys, and bad input (one line, exit 2). */
class ProcessCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples", "zif62-helium", "data", "process");
    private static final String[] OPTIONS = {"--feed", "He=0.01,N2=0.05,CH4=0.94", "--feed-flow", "1",
        "--feed-pressure", "50bar", "--permeate-pressure", "1bar", "--permeance", "He=51,N2=2.931,CH4=3.669",
        "--permeance-unit", "GPU", "--area", "10"};

    @TempDir
    Path tmp;

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static JsonNode json(CliRun r) throws IOException {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void stageByOptionsGivesTheReferenceFiguresWithTheIssuesKeys() throws IOException {
        // CONVENTIONS §8: counter-current 0.0643 and 7.97 %, complete mixing 0.0634 and 6.59 %
        JsonNode cc = json(CliRun.of(with(with(new String[] {"process", "stage"}, OPTIONS), "--pattern",
                "countercurrent", "--json")));
        assertThat(cc.get("stage_cut").asDouble()).isCloseTo(0.0643, within(0.00005));
        assertThat(cc.at("/permeate/mole_fractions/He").asDouble()).isCloseTo(0.0797, within(0.00005));
        assertThat(cc.get("area_m2").asDouble()).isEqualTo(10.0);
        for (String side : new String[] {"retentate", "permeate"}) {
            assertThat(cc.get(side).has("flow_mol_per_s")).isTrue();
            assertThat(cc.get(side).has("mole_fractions")).isTrue();
            assertThat(cc.get(side).has("pressure_Pa")).isTrue();
        }
        assertThat(cc.at("/permeate/pressure_Pa").asDouble()).isEqualTo(1e5);
        assertThat(cc.at("/recovery/He").asDouble()).isCloseTo(0.5127, within(0.0001));
        assertThat(cc.get("mass_balance_error").asDouble()).isLessThan(1e-8);
        assertThat(cc.get("conventions").get("flux").asText()).contains("J_i");
        JsonNode cm = json(CliRun.of(with(with(new String[] {"process", "stage"}, OPTIONS), "--pattern", "mixed",
                "--json")));
        assertThat(cm.get("stage_cut").asDouble()).isCloseTo(0.0634, within(0.00005));
        assertThat(cm.at("/permeate/mole_fractions/He").asDouble()).isCloseTo(0.0659, within(0.00005));
    }

    @Test
    void stageFromTheExampleCasePrintsUnitsAndConventions() {
        CliRun r = CliRun.of("process", "stage", EXAMPLES.resolve("seed-stage.yaml").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("stage cut: 0.06431", "flow (mol/s)", "pressure (bar)", "He (mol%)",
                "conventions:", "mass balance");
        CliRun compare = CliRun.of("process", "stage", EXAMPLES.resolve("seed-stage.yaml").toString(), "--compare");
        assertThat(compare.out()).contains("counter-current", "cross-flow", "co-current", "complete mixing");
    }

    @Test
    void stageWritesItsProfileFigure() {
        CliRun r = CliRun.of("process", "stage", EXAMPLES.resolve("seed-stage.yaml").toString(), "-o",
                tmp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(tmp.resolve("S1-profile.svg")).exists();
        assertThat(tmp.resolve("S1-profile.png")).exists();
        assertThat(tmp.resolve("S1-profile.csv")).exists();
    }

    @Test
    void cascadeJsonHasStreamsPowerAndSpecificEnergy() throws IOException {
        JsonNode c = json(CliRun.of("process", "cascade", EXAMPLES.resolve("seed-cascade.yaml").toString(),
                "--json"));
        assertThat(c.get("streams").size()).isEqualTo(11);
        JsonNode first = c.get("streams").get(0);
        assertThat(first.get("name").asText()).isEqualTo("feed");
        assertThat(first.has("flow_mol_per_s") && first.has("mole_fractions") && first.has("pressure_Pa")).isTrue();
        assertThat(c.get("compressor_power_W").asDouble()).isPositive();
        assertThat(c.get("specific_energy_kWh_per_kg").asDouble()).isPositive();
        assertThat(c.at("/product/purity").asDouble()).isGreaterThan(0.9);
        assertThat(c.get("total_area_m2").asDouble()).isCloseTo(53.2, within(1e-9));
        assertThat(c.get("mass_balance_error").asDouble()).isLessThan(1e-8);
        assertThat(c.at("/recycle/converged").asBoolean()).isTrue();
    }

    @Test
    void cascadeWritesItsFlowsheetSvg() throws IOException {
        CliRun r = CliRun.of("process", "cascade", EXAMPLES.resolve("seed-cascade.yaml").toString(), "-o",
                tmp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String svg = Files.readString(tmp.resolve("seed-three-stage-flowsheet.svg"));
        assertThat(svg).startsWith("<svg").contains(">S1<", ">C2<", "R2 (recycle)", "helium (product)");
        assertThat(Files.readString(tmp.resolve("seed-three-stage-streams.csv"))).startsWith("stream,role,from,to");
    }

    @Test
    void designMeetsItsTarget() throws IOException {
        JsonNode d = json(CliRun.of(with(with(new String[] {"process", "design"}, OPTIONS), "--target",
                "recovery:He=0.5", "--json")));
        assertThat(d.get("achieved").asDouble()).isCloseTo(0.5, within(1e-8));
        assertThat(d.at("/stage/recovery/He").asDouble()).isCloseTo(0.5, within(1e-8));
        assertThat(d.get("area_m2").asDouble()).isBetween(9.0, 10.0); // 10 m2 recovers 51 %
        CliRun fromFile = CliRun.of("process", "design", EXAMPLES.resolve("seed-stage.yaml").toString());
        assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
        assertThat(fromFile.out()).contains("He recovery = 0.9 needs area");
    }

    @Test
    void sweepListsImpossiblePointsAndSolvesTheRest() throws IOException {
        JsonNode s = json(CliRun.of("process", "sweep", EXAMPLES.resolve("seed-stage.yaml").toString(), "--vary",
                "S1.area=10m2..1000m2:3", "--threads", "1", "--json"));
        assertThat(s.get("points").size()).isEqualTo(3);
        assertThat(s.at("/points/0/purity").asDouble()).isCloseTo(0.0797, within(0.00005));
        assertThat(s.at("/points/2/error").asText()).contains("whole feed");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        record Case(String[] args, String expected) {
        }
        for (Case c : new Case[] {
            new Case(replace(OPTIONS, "He=51,N2=2.931,CH4=3.669", "He=-51,N2=2.931,CH4=3.669"),
                "--permeance: a permeance must be zero or positive"),
            new Case(replace(OPTIONS, "He=0.01,N2=0.05,CH4=0.94", "He=0.01,N2=0.05,CH4=0.90"),
                "--feed: mole fractions must sum to 1"),
            new Case(replace(OPTIONS, "1bar", "50bar"), "must be below the feed pressure"),
            new Case(replace(OPTIONS, "He=0.01,N2=0.05,CH4=0.94", "He=0.01,N2=0.05,Kr=0.94"),
                "--feed: unknown gas 'Kr'"),
            new Case(replace(OPTIONS, "He=51,N2=2.931,CH4=3.669", "He=51,N2=2.931"), "no permeance for CH4"),
            new Case(replace(OPTIONS, "10", "5000"), "whole feed")}) {
            CliRun r = CliRun.of(with(new String[] {"process", "stage"}, c.args()));
            assertThat(r.isOneLineBadInput()).as(String.join(" ", c.args()) + " -> " + r.err()).isTrue();
            assertThat(r.err()).contains(c.expected());
        }
        CliRun missing = CliRun.of("process", "stage", "--feed", "He=1");
        assertThat(missing.isOneLineBadInput()).as(missing.err()).isTrue();
        CliRun noFile = CliRun.of("process", "cascade", tmp.resolve("none.yaml").toString());
        assertThat(noFile.isOneLineBadInput()).as(noFile.err()).isTrue();
        assertThat(noFile.err()).contains("file not found");
    }

    private static String[] replace(String[] base, String from, String to) {
        String[] out = base.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i].equals(from)) {
                out[i] = to;
                break;
            }
        }
        return out;
    }

    @Test
    void aRecycleThatCannotConvergeExitsTwoWithTheResultPrinted() throws IOException {
        Path f = tmp.resolve("loop.yaml");
        Files.writeString(f, """
                flowsheet: loop
                membranes:
                  m: {permeances: {He: 51 GPU, CH4: 3.669 GPU}}
                feeds:
                  feed: {flow: 1 mol/s, composition: {He: 0.1, CH4: 0.9}, pressure: 50 bar, temperature: 300 K}
                units:
                  - mixer: M
                    inlets: [feed, back]
                    outlet: mixed
                  - splitter: SP
                    inlet: mixed
                    outlets: {back: 1.0, out: 0.0}
                recycle: {method: wegstein, max_iterations: 50, time_limit: 10 s}
                """);
        CliRun r = CliRun.of("process", "cascade", f.toString());
        assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
        assertThat(r.err()).contains("flowsheet loop did not converge");
        assertThat(r.out()).contains("recycle:", "mass balance");
    }
}
