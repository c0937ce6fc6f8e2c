package org.permlab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Co- and counter-current stages with sweep and with hollow-fibre pressure drops, and counter-current stages in
 * the regimes that once defeated the solver (nearly the whole feed permeating, a sweep diluted within 1 % of the
 * module, a sweep absorbed by the feed; the fourth, a pressure ratio of 1.9, scipy did not solve: see
 * StageSolverTest), against an anchor program: an independent Python
 * implementation on scipy's solve_bvp (4th-order collocation, tolerance 1e-9), in {@code anchors.py} next to its
 * output {@code anchors.tsv}. The two solvers discretise differently; each claims
 * about 1e-8 of the inlet flow, so outlet component flows must agree within 1e-7 of the inlet flow and the
 * retentate pressure within 1e-7 relative.
 */
class AnchorTest {

    private static final Map<String, Map<String, Double>> ANCHORS = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (var in = AnchorTest.class.getResourceAsStream("anchors.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                ANCHORS.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).put(c[1] + "/" + c[2],
                        Double.parseDouble(c[3]));
            }
        }
    }

    private static Stage stageFor(String name) {
        List<String> species = new ArrayList<>(SeedCase.SPECIES);
        Map<String, PermeanceModel> p = new LinkedHashMap<>(SeedCase.seedMembrane().permeances());
        Optional<ProcessStream> sweep = Optional.empty();
        ModuleGeometry module = new FlatSheet(10);
        if (name.contains("ar-sweep")) {
            p.put("Ar", new ConstantPermeance(2.0 * SeedCase.GPU));
            sweep = Optional.of(new ProcessStream(List.of("Ar"), new double[] {0.05}, 1e5, 423));
        }
        if (name.contains("hollow-fibre")) {
            // d_i 300 um, d_o 500 um, L 1 m, shell 0.2 m, 10 m2 referred to d_o (feed on the shell side)
            double fibres = 10 / (Math.PI * 500e-6 * 1.0);
            module = new HollowFibre(fibres, 300e-6, 500e-6, 1.0, FeedSide.SHELL, Optional.of(0.2));
        }
        FlowPattern pattern = name.startsWith("countercurrent") ? new CounterCurrent() : new CoCurrent();
        return new Stage("S", new Membrane("anchor", p), module, pattern, 1e5, Optional.of(423.0), sweep,
                SolverSettings.DEFAULT);
    }

    /**
     * The anchors.py cases named "hard": He/N2/CH4 at 423 K, 1 mol/s, counter-current, flat sheet, permeate at 1
     * bar, N2 sweep; the area as a fraction of where the whole feed permeates (complete mixing's A_max).
     */
    private record HardCase(double heGpu, double alphaN2, double alphaCh4, double xHe, double shareN2,
            double pFeedBar, double areaFraction, double sweepN2) {

        ProcessStream feed() {
            return SeedCase.feed(xHe, shareN2, pFeedBar);
        }

        Stage stage() {
            return SeedCase.counterCurrent(SeedCase.membrane(heGpu, alphaN2, alphaCh4), feed(), areaFraction, sweepN2);
        }
    }

    private static final Map<String, HardCase> HARD = Map.of(
            "countercurrent-near-total-permeation", new HardCase(5.0, 2.0, 3.87, 0.003, 0.16, 3.0, 0.9999, 0),
            "countercurrent-sweep-layer", new HardCase(303.91, 2.38, 82.12, 0.0463, 0.04, 3.03, 0.3124, 0.05),
            "countercurrent-tiny-sweep", new HardCase(13.42, 3.546, 523.5, 0.001244, 0.527, 3.221, 0.86099599,
                    0.00392));

    @ParameterizedTest
    @ValueSource(strings = {"countercurrent-ar-sweep", "cocurrent-ar-sweep", "countercurrent-no-sweep",
        "countercurrent-hollow-fibre-shell-feed", "cocurrent-hollow-fibre-shell-feed",
        "countercurrent-near-total-permeation", "countercurrent-sweep-layer", "countercurrent-tiny-sweep"})
    void agreesWithTheScipyAnchor(String name) {
        Map<String, Double> a = ANCHORS.get(name);
        assertThat(a).as(name).isNotNull();
        HardCase hard = HARD.get(name);
        StageResult r = hard != null ? hard.stage().solve(hard.feed()) : stageFor(name).solve(SeedCase.feed());
        assertThat(r.solver().converged()).as(r.solver().message()).isTrue();
        double scale = r.feed().totalFlowMolS() + r.sweep().map(ProcessStream::totalFlowMolS).orElse(0.0);
        for (String s : r.species()) {
            assertThat(r.retentate().flowMolS(s)).as(name + " retentate " + s)
                    .isCloseTo(a.get("retentate_flow_mol_s/" + s), within(1e-7 * scale));
            assertThat(r.permeate().flowMolS(s)).as(name + " permeate " + s)
                    .isCloseTo(a.get("permeate_flow_mol_s/" + s), within(1e-7 * scale));
        }
        double pr = a.get("retentate_pressure_Pa/-");
        assertThat(r.retentate().pressurePa()).isCloseTo(pr, within(1e-7 * pr));
        assertThat(r.massBalanceError()).isLessThan(1e-8);
    }
}
