package org.permlab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The process result records hold their own copies and carry their conventions. */
class ResultRecordsTest {

    private static ModuleProfile profile(int points) {
        double[] a = new double[points];
        double[][] x = new double[points][2];
        for (int k = 0; k < points; k++) {
            a[k] = k;
            x[k][0] = k / (double) points;
            x[k][1] = 1 - x[k][0];
        }
        return new ModuleProfile(List.of("He", "CH4"), a, a, a, x, x, a, a);
    }

    @Test
    void aProfileCopiesItsArraysInAndOut() {
        double[] a = {0, 1, 2};
        double[][] x = {{0.1, 0.9}, {0.2, 0.8}, {0.3, 0.7}};
        ModuleProfile p = new ModuleProfile(List.of("He", "CH4"), a, a, a, x, x, a, a);
        a[1] = 99;
        x[1][0] = 99;
        p.areaM2()[2] = 99;
        p.retentateMoleFractions()[2][0] = 99;
        assertThat(p.areaM2()).containsExactly(0, 1, 2);
        assertThat(p.retentateMoleFractions()[1]).containsExactly(0.2, 0.8);
        assertThat(p.retentateMoleFractions()[2]).containsExactly(0.3, 0.7);
        assertThat(p.retentateMoleFractionsBySpecies().get("He")).containsExactly(0.1, 0.2, 0.3);
        assertThat(p.permeateMoleFractionsBySpecies().get("CH4")).containsExactly(0.9, 0.8, 0.7);
    }

    @Test
    void thinningKeepsEveryStepthNodeAndTheLast() {
        // 201 nodes, at most 100 intervals: step ceil(200 / 100) = 2, nodes 0, 2, ..., 200
        ModuleProfile t = profile(201).thinned(100);
        assertThat(t.points()).isEqualTo(101);
        assertThat(t.areaM2()[0]).isZero();
        assertThat(t.areaM2()[1]).isEqualTo(2);
        assertThat(t.areaM2()[100]).isEqualTo(200);
        // 202 nodes: step ceil(201 / 100) = 3, nodes 0, 3, ..., 201 (201 = 3 * 67)
        ModuleProfile u = profile(202).thinned(100);
        assertThat(u.points()).isEqualTo(68);
        assertThat(u.areaM2()[67]).isEqualTo(201);
        // fewer nodes than intervals: unchanged
        assertThat(profile(7).thinned(100)).isEqualTo(profile(7));
    }

    @Test
    void aStageResultCarriesItsMembranePermeancesAndConventions() {
        StageResult r = Stage.simple("S1", SeedCase.seedMembrane(), 10, new CounterCurrent(), 1e5)
                .solve(SeedCase.feed());
        assertThat(r.membrane()).isEqualTo("seed");
        assertThat(r.permeancesGpu().get("He")).isCloseTo(51, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.conventions().get("flow_pattern").orElseThrow().statement())
                .isEqualTo("counter-current plug flow");
        assertThat(r.conventions().get("gpu").orElseThrow().statement()).contains("3.3464e-10");
        assertThat(r.profile()).isPresent();
        assertThat(r.withoutProfile().profile()).isEmpty();
        assertThat(r.withProfileThinned(100).profile().orElseThrow().points()).isLessThanOrEqualTo(101);
    }
}
