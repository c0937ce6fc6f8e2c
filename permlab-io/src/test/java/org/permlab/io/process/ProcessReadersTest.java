package org.permlab.io.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.error.InvalidInputException;
import org.permlab.process.CounterCurrent;
import org.permlab.process.HollowFibre;
import org.permlab.process.RecycleMethod;
import org.permlab.process.StageCase;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/** The case and flowsheet readers: the bundled examples, and bad files with file, line, column and field. */
class ProcessReadersTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "zif62-helium", "data", "process");

    @TempDir
    Path tmp;

    @Test
    void theExampleCaseReads() {
        ProcessCase pc = ProcessCaseReader.read(EXAMPLES.resolve("seed-stage.yaml"), "seed-stage.yaml");
        StageCase c = pc.stageCase();
        assertThat(c.name()).isEqualTo("seed-single-stage");
        assertThat(c.feed().totalFlowMolS()).isEqualTo(1.0);
        assertThat(c.feed().pressurePa()).isEqualTo(50e5);
        assertThat(c.stage().pattern()).isInstanceOf(CounterCurrent.class);
        assertThat(c.stage().areaM2()).isEqualTo(10);
        double gpu = Units.GPU.toSi(1, ReferenceState.NORMAL);
        assertThat(c.stage().membrane().permeances().get("He").permeanceSi(423)).isCloseTo(51 * gpu,
                within(1e-20));
        assertThat(pc.design()).isPresent();
    }

    @Test
    void theExampleFlowsheetReads() {
        FlowsheetFile f = FlowsheetReader.read(EXAMPLES.resolve("seed-cascade.yaml"), "seed-cascade.yaml");
        assertThat(f.flowsheet().units()).hasSize(7);
        assertThat(f.flowsheet().productStreams()).containsExactly("residue", "helium");
        assertThat(f.flowsheet().recycle().method()).isEqualTo(RecycleMethod.NEWTON);
        assertThat(f.optimisation().orElseThrow().variables()).hasSize(3);
    }

    private Path write(String name, String yaml) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    private static final String CASE = """
            case: c
            feed:
              flow: 1 mol/s
              composition: {He: 0.01, N2: 0.05, CH4: 0.94}
              pressure: 50 bar
              temperature: 423 K
            membrane:
              permeances: {He: 51 GPU, N2: 2.931 GPU, CH4: 3.669 GPU}
            stage:
              pattern: countercurrent
              area: 10 m2
              permeate_pressure: 1 bar
            """;

    private void expectCase(String yaml, String... fragments) throws IOException {
        Path p = write("case.yaml", yaml);
        assertThatThrownBy(() -> ProcessCaseReader.read(p, "case.yaml")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    for (String f : fragments) {
                        assertThat(e.getMessage()).contains(f);
                    }
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }

    @Test
    void badCasesNameTheLineAndField() throws IOException {
        ProcessCaseReader.read(write("ok.yaml", CASE), "ok.yaml");
        expectCase(CASE.replace("CH4: 0.94}", "CH4: 0.90}"), "case.yaml:4:16: feed.composition: mole fractions "
                + "must sum to 1");
        expectCase(CASE.replace("{He: 0.01", "{Xe: 0.01"), "case.yaml:4:17: feed.composition.Xe: unknown gas 'Xe'");
        expectCase(CASE.replace("He: 51 GPU", "He: -51 GPU"), "membrane.permeances.He", "zero or positive");
        expectCase(CASE.replace("permeate_pressure: 1 bar", "permeate_pressure: 60 bar"), "case.yaml:12:22",
                "below the feed pressure");
        expectCase(CASE.replace("countercurrent", "sideways"), "case.yaml:10:12: stage.pattern: unknown flow "
                + "pattern 'sideways'");
        expectCase(CASE.replace(", CH4: 3.669 GPU", ""), "no permeance for CH4");
        expectCase(CASE.replace("  area: 10 m2\n", ""), "case.yaml:10:3: stage.area: missing required field 'area'");
        expectCase(CASE.replace("area: 10 m2", "area: 10 m3"), "stage.area", "volume unit");
        expectCase(CASE + "  sweeep: {flow: 1 mol/s}\n", "unknown field 'sweeep'", "did you mean 'sweep'");
    }

    private static final String SHEET = """
            flowsheet: f
            membranes:
              m: {permeances: {He: 51 GPU, CH4: 3.669 GPU}}
            feeds:
              feed: {flow: 1 mol/s, composition: {He: 0.1, CH4: 0.9}, pressure: 50 bar, temperature: 300 K}
            units:
              - stage: S1
                feed: feed
                retentate: r1
                permeate: p1
                membrane: m
                pattern: crossflow
                area: 5 m2
                permeate_pressure: 1 bar
              - compressor: C1
                inlet: p1
                outlet: p1c
                outlet_pressure: 20 bar
                efficiency: 0.8
            product: {stream: p1c, species: He}
            """;

    @Test
    void badFlowsheetsNameTheLineAndField() throws IOException {
        FlowsheetFile ok = FlowsheetReader.read(write("ok.yaml", SHEET), "ok.yaml");
        assertThat(ok.flowsheet().productStreams()).containsExactly("r1", "p1c");
        for (String[] c : new String[][] {
            {SHEET.replace("inlet: p1\n", "inlet: p9\n"), "sheet.yaml:15:5", "stream 'p9' is neither a feed"},
            {SHEET.replace("outlet: p1c", "outlet: r1").replace("stream: p1c", "stream: r1"), "sheet.yaml:15:5",
                "'r1' is produced twice"},
            {SHEET.replace("membrane: m", "membrane: q"), "sheet.yaml:11:15: units[0].membrane: no membrane named 'q'"},
            {SHEET.replace("efficiency: 0.8", "efficiency: 1.8"), "units[1]", "isentropic efficiency"},
            {SHEET.replace("- compressor: C1", "- blower: C1"), "sheet.yaml:15:5", "exactly one of stage:"},
            {SHEET.replace("stream: p1c", "stream: nothing"), "product.stream: no stream named 'nothing'"}}) {
            Path p = write("sheet.yaml", c[0]);
            assertThatThrownBy(() -> FlowsheetReader.read(p, "sheet.yaml")).isInstanceOf(
                    InvalidInputException.class).satisfies(e -> {
                        for (int i = 1; i < c.length; i++) {
                            assertThat(e.getMessage()).contains(c[i]);
                        }
                    });
        }
    }

    @Test
    void hollowFibreModulesTakeTheirAreaFromTheStage() throws IOException {
        String yaml = CASE.replace("  permeate_pressure: 1 bar\n", "  permeate_pressure: 1 bar\n  module: {type: "
                + "hollow-fibre, inner_diameter: 300 um, outer_diameter: 500 um, length: 1 m, feed_side: shell, "
                + "shell_diameter: 20 cm}\n");
        StageCase c = ProcessCaseReader.read(write("hf.yaml", yaml), "hf.yaml").stageCase();
        HollowFibre h = (HollowFibre) c.stage().module();
        assertThat(h.areaM2()).isCloseTo(10, within(1e-12));
        assertThat(h.fibreCount()).isCloseTo(10 / (Math.PI * 500e-6), within(1e-9));
    }

    @Test
    void aFlowsheetWithASweepStreamHollowFibresAndASplitterSolves() throws IOException {
        String yaml = """
                flowsheet: sweep-and-split
                feeds:
                  feed: {flow: 1 mol/s, composition: {He: 0.1, CH4: 0.9}, pressure: 20 bar, temperature: 300 K}
                  argon: {flow: 0.05 mol/s, composition: {Ar: 1}, pressure: 1 bar, temperature: 300 K}
                units:
                  - splitter: SP
                    inlet: feed
                    outlets: {a: 0.5, b: 0.5}
                  - stage: S1
                    feed: a
                    sweep: argon
                    retentate: r1
                    permeate: p1
                    permeances: {He: 51 GPU, CH4: 3.669 GPU, Ar: 2 GPU}
                    pattern: countercurrent
                    area: 2 m2
                    permeate_pressure: 1 bar
                    module: {type: hollow-fibre, inner_diameter: 300 um, outer_diameter: 500 um, length: 1 m,
                             feed_side: bore}
                  - mixer: M
                    inlets: [r1, b]
                    outlet: out
                product: {stream: p1, species: He}
                """;
        FlowsheetFile f = FlowsheetReader.read(write("s.yaml", yaml), "s.yaml");
        var r = f.flowsheet().solve();
        assertThat(r.recycle().converged()).isTrue();
        assertThat(r.massBalanceError()).isLessThan(1e-8);
        // the argon sweep leaves with the permeate, part of it having permeated back into the feed
        assertThat(r.stream("p1").orElseThrow().stream().flowMolS("Ar")).isBetween(0.0, 0.05);
        assertThat(r.stream("out").orElseThrow().stream().flowMolS("Ar")).isPositive();
        assertThat(r.stages().get(0).notes()).anyMatch(n -> n.contains("hollow fibres, feed on the bore side"));
        String inlineSweep = yaml.replace("sweep: argon", "sweep: {flow: 0.05 mol/s, composition: {Ar: 1}}");
        Path bad = write("s2.yaml", inlineSweep);
        assertThatThrownBy(() -> FlowsheetReader.read(bad, "s2.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a sweep is the name of a stream");
    }
}
