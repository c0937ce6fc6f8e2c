package org.permlab.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;

class QuantitiesTest {

    @Test
    void parsesValuesWithAndWithoutSpaces() {
        assertThat(Quantities.parse("2cm2", Dimension.AREA, ReferenceState.NORMAL)).isCloseTo(2e-4, within(1e-18));
        assertThat(Quantities.parse("1 atm", Dimension.PRESSURE, ReferenceState.NORMAL)).isEqualTo(101_325.0);
        assertThat(Quantities.parse("1e-3bar", Dimension.PRESSURE, ReferenceState.NORMAL))
                .isCloseTo(100.0, within(1e-12));
        assertThat(Quantities.parse("25mL/min", Dimension.MOLAR_FLOW, ReferenceState.STANDARD_20C))
                .isCloseTo(25 * 1e-6 / 60 * 101_325 / (Constants.GAS_CONSTANT * 293.15), within(1e-18));
    }

    @Test
    void parsesUncertainties() {
        // the seed's glass membrane thickness, 10.7 ± 1.0 um
        Measured t = Quantities.parseMeasured("10.7 ± 1.0 um", Dimension.LENGTH, ReferenceState.NORMAL);
        assertThat(t.value()).isCloseTo(10.7e-6, within(1e-18));
        assertThat(t.sd()).isCloseTo(1.0e-6, within(1e-18));
        Measured same = Quantities.parseMeasured("(10.7 +- 1.0) um", Dimension.LENGTH, ReferenceState.NORMAL);
        assertThat(same).isEqualTo(t);
        // an uncertainty in degrees Celsius is a difference: no offset
        Measured temperature = Quantities.parseMeasured("30 ± 0.5 C", Dimension.TEMPERATURE, ReferenceState.NORMAL);
        assertThat(temperature.sd()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void badQuantitiesSayWhatWasExpected() {
        assertThatThrownBy(() -> Quantities.parse("2", Dimension.AREA, ReferenceState.NORMAL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no unit");
        assertThatThrownBy(() -> Quantities.parse("two cm2", Dimension.AREA, ReferenceState.NORMAL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expected a area");
        assertThatThrownBy(() -> Quantities.parse("2 bar", Dimension.AREA, ReferenceState.NORMAL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'bar' is a pressure unit");
    }

    @Test
    void referenceStatesParse() {
        assertThat(ReferenceState.parse("0C")).isEqualTo(ReferenceState.NORMAL);
        assertThat(ReferenceState.parse("20C")).isEqualTo(ReferenceState.STANDARD_20C);
        ReferenceState custom = ReferenceState.parse("21.1C,1atm");
        assertThat(custom.temperatureK()).isCloseTo(294.25, within(1e-9));
        assertThat(custom.pressurePa()).isEqualTo(101_325.0);
        assertThatThrownBy(() -> ReferenceState.parse("warm")).isInstanceOf(InvalidInputException.class);
    }

    /** Issue-campaign cases that were accepted: a number beyond double range and a temperature below 0 K. */
    @Test
    void numbersBeyondRangeAndTemperaturesBelowAbsoluteZeroAreRefused() {
        assertThatThrownBy(() -> Quantities.parseWithUnit("1e400 bar", Dimension.PRESSURE, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("beyond the range");
        assertThatThrownBy(() -> Quantities.parseWithUnit("-300 C", Dimension.TEMPERATURE, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("below absolute zero");
        assertThatThrownBy(() -> Quantities.parseWithUnit("-1 K", Dimension.TEMPERATURE, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("below absolute zero");
        // -273.15 C is exactly 0 K (CONVENTIONS: the Celsius offset is exact), the lowest accepted value
        assertThat(Quantities.parseWithUnit("-273.15 C", Dimension.TEMPERATURE, null).si(ReferenceState.NORMAL))
                .isEqualTo(0.0, within(1e-12));
        assertThat(Quantities.parseWithUnit("1.7e308 Pa", Dimension.PRESSURE, null).value()).isEqualTo(1.7e308);
    }
}
