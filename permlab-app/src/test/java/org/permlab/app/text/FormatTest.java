package org.permlab.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void significantDigits() {
        assertThat(Format.sig(3.346402e-10, 6)).isEqualTo("3.3464e-10");
        assertThat(Format.sig(1.858958e-5, 6)).isEqualTo("1.85896e-5");
        assertThat(Format.sig(56.5412, 4)).isEqualTo("56.54");
        assertThat(Format.sig(101325, 6)).isEqualTo("101325");
        assertThat(Format.sig(2.0e6, 3)).isEqualTo("2e6");
        assertThat(Format.sig(-0.0125, 2)).isEqualTo("-0.013");
        assertThat(Format.sig(0, 6)).isEqualTo("0");
    }

    @Test
    void measuredValuesRoundToTwoDigitsOfTheUncertainty() {
        // GUM §7.2.6 style: the uncertainty to two significant digits, the value to the same place
        assertThat(Format.measured(56.5412, 0.1234)).isEqualTo("56.54 ± 0.12");
        assertThat(Format.measured(17.46, 1.31)).isEqualTo("17.5 ± 1.3");
        assertThat(Format.measured(1234.5, 56.0)).isEqualTo("1234 ± 56");
        assertThat(Format.measured(1.8920e-8, 3.4e-11)).isEqualTo("(1.8920 ± 0.0034)e-8");
        assertThat(Format.measured(2.0, 0)).isEqualTo("2");
    }
}
