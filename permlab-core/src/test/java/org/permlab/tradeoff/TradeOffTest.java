package org.permlab.tradeoff;

import org.permlab.gas.GasPair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;
import org.permlab.permeation.PerformancePoint;
import org.permlab.permeation.SelectivityKind;
import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/** Permeance and permeability through the thickness, and the distance to a bound. */
class TradeOffTest {

    private static final UpperBounds BOUNDS = UpperBounds.standard();

    private static Measured gpu(double v, double sd) {
        return new Measured(Units.GPU.toSi(v, ReferenceState.NORMAL), Units.GPU.toSi(sd, ReferenceState.NORMAL));
    }

    private static double inBarrer(double si) {
        return Units.BARRER.fromSi(si, ReferenceState.NORMAL);
    }

    private static TradeOffPoint seedGlass(Optional<Measured> thickness) {
        return new TradeOffPoint("ZIF-62 glass", "ZIF-62 glass membrane", MembraneClass.MOF_GLASS,
                GasPair.parse("He/N2"), Optional.of(gpu(51, 0)), Optional.empty(), thickness, Measured.exact(17.4),
                SelectivityKind.SEPARATION_FACTOR, Optional.of(423.0), Optional.empty(), "seed paper",
                Optional.empty(), "seed", "test");
    }

    /**
     * Acceptance: the seed's glass membrane, He 51 GPU through 10.7 um with He/N2 17.4 (seed abstract and §4), lies
     * at 51 x 10.7 = 545.7 Barrer (1 GPU x 1 um = 1 Barrer exactly, CONVENTIONS §1) and its distance to the 2008
     * He/N2 bound is, by hand: ln 17.4 = 2.856470; x 1.017 = 2.905030; e^-2.905030 = 0.0547471; x 19890 =
     * 1088.92 Barrer on the bound at alpha = 17.4; d = 545.7 / 1088.92 = 0.50114. The hand steps carry six digits,
     * hence the 2e-5 tolerance. On the bound at 545.7 Barrer the selectivity would be
     * (545.7/19890)^(-1/1.017) = e^(3.59587 x 0.983284) = 34.322, a gap of 17.4 - 34.322 = -16.922.
     */
    @Test
    void seedGlassMembraneLandsWhereTheHandCalculationPutsIt() {
        Measured thickness = new Measured(10.7e-6, 1.0e-6);
        PlacedPoint placed = TradeOff.place(seedGlass(Optional.of(thickness)), BOUNDS);
        assertThat(placed.permeabilityBasis()).isEqualTo(TradeOff.FROM_PERMEANCE);
        assertThat(inBarrer(placed.permeabilityFastSi().orElseThrow().value())).isCloseTo(545.7, within(1e-9));
        BoundComparison c2008 = placed.comparisons().stream().filter(c -> c.year() == 2008).findFirst()
                .orElseThrow();
        assertThat(c2008.bound()).isEqualTo("Robeson 2008");
        assertThat(c2008.distance().value()).isCloseTo(0.50114, within(2e-5));
        assertThat(c2008.aboveBound()).isFalse();
        assertThat(c2008.selectivityOnBound().value()).isCloseTo(34.322, within(2e-3));
        assertThat(c2008.selectivityGap().value()).isCloseTo(-16.922, within(2e-3));
        // the thickness's 1.0/10.7 = 9.35 % relative uncertainty carries into P and into d (alpha is exact here)
        assertThat(placed.permeabilityFastSi().orElseThrow().relativeSd()).isCloseTo(1.0 / 10.7, within(1e-12));
        assertThat(c2008.distance().relativeSd()).isCloseTo(1.0 / 10.7, within(1e-12));
        // d(alpha_UB) / alpha_UB = (1/|n|) dP/P
        assertThat(c2008.selectivityOnBound().relativeSd()).isCloseTo(1.0 / 10.7 / 1.017, within(1e-12));
    }

    /** The exact identity alpha / alpha_UB(P) = d^(-1/n), on the seed point and every bundled line of its pair. */
    @Test
    void selectivityRatioIsTheDistanceToThePowerMinusOneOverN() {
        PlacedPoint placed = TradeOff.place(seedGlass(Optional.of(Measured.exact(10.7e-6))), BOUNDS);
        for (BoundComparison c : placed.comparisons()) {
            UpperBound b = BOUNDS.find(GasPair.parse("He/N2"), c.year()).orElseThrow();
            assertThat(c.selectivityRatio().value())
                    .isCloseTo(Math.pow(c.distance().value(), -1.0 / b.n()), within(1e-12));
        }
    }

    @Test
    void withoutAThicknessOnlyThePermeanceSpaceIsAvailable() {
        PlacedPoint placed = TradeOff.place(seedGlass(Optional.empty()), BOUNDS);
        assertThat(placed.permeabilityFastSi()).isEmpty();
        assertThat(placed.permeabilityBasis()).isEqualTo(TradeOff.NONE);
        assertThat(placed.comparisons()).isEmpty();
        assertThat(placed.permeanceBasis()).isEqualTo(TradeOff.GIVEN);
    }

    @Test
    void permeabilityConvertsToPermeanceThroughTheThickness() {
        // 546 Barrer through 10.5 um is 52 GPU (Barrer / um = GPU, CONVENTIONS §1)
        TradeOffPoint p = new TradeOffPoint("x", "x", MembraneClass.POLYMER, GasPair.parse("He/CH4"),
                Optional.empty(), Optional.of(Measured.exact(Units.BARRER.toSi(546, ReferenceState.NORMAL))),
                Optional.of(Measured.exact(10.5e-6)), Measured.exact(10), SelectivityKind.IDEAL, Optional.empty(),
                Optional.empty(), "r", Optional.empty(), "", "test");
        PlacedPoint placed = TradeOff.place(p, BOUNDS);
        assertThat(placed.permeanceBasis()).isEqualTo(TradeOff.FROM_PERMEABILITY);
        assertThat(Units.GPU.fromSi(placed.permeanceFastSi().orElseThrow().value(), ReferenceState.NORMAL))
                .isCloseTo(52.0, within(1e-9));
        assertThat(placed.comparisons()).extracting(BoundComparison::year).containsExactly(2008);
    }

    @Test
    void studyMembranesComeFromPermeationResults() {
        PerformancePoint pp = new PerformancePoint("G-M1", "ZIF-62 glass membrane", "He", "CH4", gpu(51, 2),
                gpu(3.7, 0.2), new Measured(13.9, 0.8), SelectivityKind.SEPARATION_FACTOR, 423, 1e5,
                Optional.of(new Measured(10.7e-6, 1e-6)));
        TradeOffPoint p = TradeOffPoint.of(pp, MembraneClass.MOF_GLASS);
        assertThat(p.isStudy()).isTrue();
        assertThat(p.materialClass()).isEqualTo(MembraneClass.MOF_GLASS);
        assertThat(p.pair()).isEqualTo(new GasPair("He", "CH4"));
        PlacedPoint placed = TradeOff.place(p, BOUNDS);
        // 51 x 10.7 = 545.7 Barrer; 2008 He/CH4: 19800 x 13.9^-0.809 = 2354.9 Barrer; d = 0.23173
        assertThat(placed.comparisons().get(0).distance().value()).isCloseTo(0.23173, within(2e-5));
    }

    @Test
    void nonPositiveValuesAreBadInput() {
        assertThatThrownBy(() -> new TradeOffPoint("x", "x", MembraneClass.POLYMER, GasPair.parse("He/N2"),
                Optional.of(Measured.exact(-1)), Optional.empty(), Optional.empty(), Measured.exact(2),
                SelectivityKind.IDEAL, Optional.empty(), Optional.empty(), "r", Optional.empty(), "", "t"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("permeance");
        assertThatThrownBy(() -> new TradeOffPoint("x", "x", MembraneClass.POLYMER, GasPair.parse("He/N2"),
                Optional.empty(), Optional.empty(), Optional.empty(), Measured.exact(2),
                SelectivityKind.IDEAL, Optional.empty(), Optional.empty(), "r", Optional.empty(), "", "t"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("permeance or permeability");
    }

    /**
     * The field's units, as results show them: the seed membrane's 51 GPU through 10.7 +- 1.0 um is 545.7 +- 51.0
     * Barrer (1 GPU x 1 um = 1 Barrer, CONVENTIONS §1; the SD is 51 x 1.0 since the permeance is exact), and the
     * units convention quotes 1 GPU = 3.3464e-10 mol m-2 s-1 Pa-1 (CONVENTIONS §1).
     */
    @Test
    void placedPointsGiveTheFieldsUnitsAndTheConventionsNameThem() {
        PlacedPoint placed = TradeOff.place(seedGlass(Optional.of(new Measured(10.7e-6, 1.0e-6))), BOUNDS);
        assertThat(placed.permeanceFastGpu().orElseThrow().value()).isCloseTo(51.0, within(1e-9));
        assertThat(placed.permeabilityFastBarrer().orElseThrow().value()).isCloseTo(545.7, within(1e-9));
        assertThat(placed.permeabilityFastBarrer().orElseThrow().sd()).isCloseTo(51.0, within(1e-9));
        assertThat(placed.point().thicknessUm().orElseThrow().value()).isCloseTo(10.7, within(1e-12));
        assertThat(placed.point().thicknessUm().orElseThrow().sd()).isCloseTo(1.0, within(1e-12));
        assertThat(placed.point().feedPressureBar()).isEmpty();
        assertThat(TradeOff.conventions().statements().get("units")).contains("1 GPU = 3.3464e-10 mol m-2 s-1 Pa-1",
                "1 Barrer = 3.3464e-16", "273.15 K, 101325 Pa");
        assertThat(TradeOff.conventions().statements()).containsKeys("upper_bound", "distance", "selectivity_gap",
                "permeability_from_permeance", "selectivity_kind", "uncertainty");
    }
}
