package org.permlab.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;

/** Reference numbers: shared/design/CONVENTIONS.md §1, quoted to the digits given there. */
class UnitsTest {

    private static final ReferenceState NORMAL = ReferenceState.NORMAL;

    private static double toSi(double value, String unit, ReferenceState ref) {
        return Units.parse(unit).toSi(value, ref);
    }

    /** |actual - expected| within half a unit in the last quoted digit of a 5-significant-digit value. */
    private static void assertFiveDigits(double actual, double expected) {
        double halfUlp = 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(expected))) - 4);
        assertThat(actual).isCloseTo(expected, within(halfUlp));
    }

    @Test
    void gpuIs3point3464eMinus10SiPerConventions() {
        assertFiveDigits(toSi(1, "GPU", NORMAL), 3.3464e-10);
    }

    @Test
    void barrerIs3point3464eMinus16SiPerConventions() {
        assertFiveDigits(toSi(1, "Barrer", NORMAL), 3.3464e-16);
    }

    @Test
    void barrerPerMicrometreIsGpu() {
        // CONVENTIONS §1: Barrer / thickness in um = GPU (exact identity of the definitions)
        double barrerOverMicron = toSi(1, "Barrer", NORMAL) / toSi(1, "um", NORMAL);
        assertThat(barrerOverMicron).isCloseTo(toSi(1, "GPU", NORMAL), within(1e-24));
    }

    @Test
    void stpMolarVolumeIs22413point97cm3PerMol() {
        assertThat(ReferenceState.NORMAL.molarVolume() * 1e6).isCloseTo(22_413.97, within(0.005));
    }

    @Test
    void cmHgIs1333point224Pa() {
        assertThat(toSi(1, "cmHg", NORMAL)).isCloseTo(1333.224, within(0.0005));
    }

    @Test
    void mfcFlowsAtTheThreeReferenceStates() {
        // CONVENTIONS §1: 1 mL/min = 7.4358e-7 mol/s at 0 C, 6.9285e-7 at 20 C, 6.8123e-7 at 25 C (1 atm)
        assertFiveDigits(toSi(1, "mL/min", ReferenceState.NORMAL), 7.4358e-7);
        assertFiveDigits(toSi(1, "mL/min", ReferenceState.STANDARD_20C), 6.9285e-7);
        assertFiveDigits(toSi(1, "mL/min", ReferenceState.STANDARD_25C), 6.8123e-7);
    }

    @Test
    void fixedStateUnitsIgnoreTheChosenReference() {
        // sccm is 0 C, 1 atm and mls/min 20 C, 1 atm whatever --flow-ref says (CONVENTIONS §1)
        assertFiveDigits(toSi(1, "sccm", ReferenceState.STANDARD_25C), 7.4358e-7);
        assertFiveDigits(toSi(1, "mls/min", ReferenceState.NORMAL), 6.9285e-7);
        assertThat(Units.parse("sccm").takesFlowReference()).isFalse();
        assertThat(Units.parse("mL/min").takesFlowReference()).isTrue();
    }

    @Test
    void twentyFiveMlPerMinIs1point85896eMinus5MolPerS() {
        // a worked example: 25 mL/min at 0 C, 1 atm = 25 x 101325 / (R 273.15) x 1e-6/60
        double expected = 25 * 1e-6 / 60 * 101_325 / (8.314462618 * 273.15);
        assertThat(toSi(25, "mL/min", NORMAL)).isCloseTo(expected, within(1e-18));
        assertThat(expected).isCloseTo(1.85896e-5, within(5e-11));
    }

    @Test
    void permeanceInCubicMetresStp() {
        // 1 m3(STP)/(m2 h bar) = (101325 / (R 273.15)) mol / (3600 s 1e5 Pa)
        double expected = 101_325 / (8.314462618 * 273.15) / 3600 / 1e5;
        assertThat(toSi(1, "m3(STP)/(m2 h bar)", NORMAL)).isCloseTo(expected, within(1e-20));
    }

    @Test
    void pressureDefinitions() {
        // NIST SP 811 appendix B: exact conventional values
        assertThat(toSi(1, "atm", NORMAL)).isEqualTo(101_325.0);
        assertThat(toSi(1, "Torr", NORMAL)).isCloseTo(133.322_368_4, within(1e-7));
        assertThat(toSi(1, "psi", NORMAL)).isCloseTo(6_894.757_293, within(1e-6));
        assertThat(toSi(1, "mbar", NORMAL)).isEqualTo(100.0);
        assertThat(toSi(2, "MPa", NORMAL)).isEqualTo(2e6);
    }

    @Test
    void celsiusHasAnOffset() {
        assertThat(toSi(30, "C", NORMAL)).isCloseTo(303.15, within(1e-12));
        assertThat(toSi(30, "°C", NORMAL)).isCloseTo(303.15, within(1e-12));
        assertThat(Units.parse("C").fromSi(273.15, NORMAL)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void spellingsOfOneUnitAreOneUnit() {
        Unit si = Units.parse("mol/(m2 s Pa)");
        assertThat(Units.parse("mol m-2 s-1 Pa-1")).isSameAs(si);
        assertThat(Units.parse("mol/(m² s Pa)")).isSameAs(si);
        assertThat(Units.parse("mol/(m^2·s·Pa)")).isSameAs(si);
        assertThat(Units.parse("µm")).isSameAs(Units.parse("um"));
        assertThat(Units.parse("Å")).isSameAs(Units.parse("A"));
        assertThat(Units.parse("gpu")).isSameAs(Units.GPU);
        assertThat(Units.parse("PA")).isSameAs(Units.parse("Pa"));
    }

    @Test
    void unknownUnitAndWrongDimensionAreBadInput() {
        assertThatThrownBy(() -> Units.parse("furlong")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown unit 'furlong'");
        assertThatThrownBy(() -> Units.parse("mL/min", Dimension.PRESSURE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expected a pressure unit");
        assertThatThrownBy(() -> Units.convert(1, Units.GPU, Units.BAR, NORMAL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot convert");
    }

    @Test
    void everyDimensionHasAnSiUnitWithFactorOne() {
        for (Dimension d : Dimension.values()) {
            Unit si = Units.si(d);
            assertThat(si.toSi(2.5, NORMAL)).as(d.name()).isEqualTo(2.5);
        }
    }
}
