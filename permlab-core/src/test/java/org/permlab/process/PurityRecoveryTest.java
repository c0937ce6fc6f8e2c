package org.permlab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.permlab.gas.GasDatabase;
import org.permlab.result.Warning;

/**
 * The purity-recovery curves, the Knudsen reference membrane and the flow-pattern comparison of the example
 * study's stage case (examples/zif62-helium/data/process/seed-stage.yaml: He 51, N2 2.931, CH4 3.669 GPU at
 * 423 K, 10 m2 counter-current, 50 bar to 1 bar). Expected numbers: the report's results.json before these moved
 * into core (permlab-app/src/test/resources/org/permlab/app/golden/results-before-shape.json, the same
 * computation, so to 1e-12 relative), and the closed forms of the area range and of Knudsen selectivity.
 */
class PurityRecoveryTest {

    private static final double REL = 1e-12;

    private static StageCase seedStage() {
        Membrane m = SeedCase.membrane("ZIF-62 glass (seed paper, 423 K)", 51, 2.931, 3.669);
        return new StageCase("seed-single-stage", Stage.simple("S1", m, 10, new CounterCurrent(), 1e5),
                SeedCase.feed());
    }

    private static void close(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(REL * Math.abs(expected)));
    }

    @Test
    void knudsenReferenceKeepsTheFastestPermeanceAndDividesTheOthersBySqrtOfTheMassRatio() {
        StageCase c = seedStage();
        Membrane k = PurityRecovery.knudsenReference(c, "He");
        GasDatabase db = GasDatabase.standard();
        double mHe = db.lookup("He").molarMassKgPerMol();
        double qHe = 51 * SeedCase.GPU;
        close(k.permeances().get("He").permeanceSi(423), qHe);
        for (String s : List.of("N2", "CH4")) {
            double expected = qHe * Math.sqrt(mHe / db.lookup(s).molarMassKgPerMol()); // Knudsen: Q ~ M^-1/2
            close(k.permeances().get(s).permeanceSi(423), expected);
        }
        assertThat(k.name()).isEqualTo("Knudsen-selective (same He permeance)");
    }

    @Test
    void curvesOfTheExampleCaseAreTheReportsNumbersAndEndWhereTheFeedRunsOut() {
        List<PurityRecovery.Curve> curves = PurityRecovery.curves(seedStage(), "He", 16);
        assertThat(curves).hasSize(2);
        PurityRecovery.Curve zif = curves.get(0);
        PurityRecovery.Curve knudsen = curves.get(1);
        // first area: 0.02 F / (Q_He p_F), F = 1 mol/s, p_F = 50 bar
        double first = 0.02 / (51 * SeedCase.GPU * 50e5);
        close(zif.areaM2().get(0), first);
        close(knudsen.areaM2().get(0), first);
        close(zif.areaM2().get(0), 0.23437521028496558);
        // the report's curves (16 areas asked; the larger areas need more feed than there is)
        assertThat(zif.areaM2()).hasSize(15);
        close(zif.areaM2().get(14), 147.8807602933888);
        close(zif.recovery().get(0), 0.01577940669672808);
        close(zif.purity().get(0), 0.10231563102685015);
        close(zif.recovery().get(7), 0.33841321664800617);
        close(zif.purity().get(7), 0.08859071603209466);
        close(zif.recovery().get(14), 0.9999999999998991);
        close(zif.purity().get(14), 0.01125476408830763);
        assertThat(knudsen.areaM2()).hasSize(11);
        close(knudsen.areaM2().get(10), 23.43752102849655);
        close(knudsen.recovery().get(0), 0.01912408915967993);
        close(knudsen.purity().get(0), 0.01958205074704543);
        close(knudsen.recovery().get(7), 0.42590778277710895);
        close(knudsen.purity().get(7), 0.01738766110968736);
        close(knudsen.recovery().get(10), 0.9991153906830114);
        close(knudsen.purity().get(10), 0.01031023386126849);
        for (PurityRecovery.Curve c : curves) {
            assertThat(c.species()).isEqualTo("He");
            assertThat(c.recovery()).hasSameSizeAs(c.areaM2()).hasSameSizeAs(c.purity());
            assertThat(c.warnings()).extracting(Warning::code).containsExactly("whole_feed_permeates");
        }
        assertThat(zif.membrane()).isEqualTo("ZIF-62 glass (seed paper, 423 K)");
    }

    @Test
    void patternComparisonOfTheExampleCaseIsTheReportsTable() {
        StageCase c = seedStage();
        assertThat(c.fastestSpecies()).isEqualTo("He");
        List<StageCase.PatternComparison> rows = c.comparePatterns("He");
        assertThat(rows).extracting(r -> r.pattern().word()).containsExactly("countercurrent", "crossflow",
                "cocurrent", "mixed");
        double[][] expected = {
            {0.06430678712620967, 0.0797244059129468, 0.5126820399807401},
            {0.06420627448038979, 0.07816376991599137, 0.5018604465648177},
            {0.06407912607060523, 0.07618254977249726, 0.488171121125201},
            {0.0634229991318968, 0.0658915237494967, 0.4179038053563687}};
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).converged()).isTrue();
            close(rows.get(i).stageCut(), expected[i][0]);
            close(rows.get(i).purity(), expected[i][1]);
            close(rows.get(i).recovery(), expected[i][2]);
        }
    }

    @Test
    void tooFewPointsIsBadInputNamingTheQuantity() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PurityRecovery.curves(seedStage(), "He", 1))
                .isInstanceOf(org.permlab.error.InvalidInputException.class).hasMessageContaining("curve_points");
    }
}
