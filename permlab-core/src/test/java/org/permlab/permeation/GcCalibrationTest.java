package org.permlab.permeation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.permlab.error.InvalidInputException;

/** The calibration polynomial and its inverse, which the virtual rig uses to write peak areas. */
class GcCalibrationTest {

    private static final GcCalibration CAL = new GcCalibration("pA s", Map.of(
            "He", List.of(0.0, 2.1e-7),
            "N2", List.of(1e-7, 3.4e-7, 1e-14),
            "CH4", List.of(-2e-6, 3.0e-7, -1e-12)));

    @ParameterizedTest
    @ValueSource(doubles = {5e-6, 1.8e-4, 3.4e-3, 0.02})
    void peakAreaInvertsTheCalibration(double y) {
        for (String gas : List.of("He", "N2", "CH4")) {
            double area = CAL.peakArea(gas, y);
            // the inverse is exact up to rounding: a few ulps of y
            assertThat(CAL.moleFraction(gas, area)).as(gas).isCloseTo(y, within(1e-14 * y));
        }
        // linear: the closed form (y - c0) / c1
        assertThat(CAL.peakArea("He", y)).isCloseTo(y / 2.1e-7, within(1e-12 * y / 2.1e-7));
    }

    @Test
    void aCalibrationThatTurnsOverBelowTheFractionIsRefused() {
        // CH4's quadratic peaks at A = c1 / (2 |c2|) = 1.5e5, where y = -2e-6 + 0.0225 = 0.022498
        assertThatThrownBy(() -> CAL.peakArea("CH4", 0.03)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not rise");
        assertThatThrownBy(() -> CAL.peakArea("Ar", 0.01)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no entry for Ar");
    }
}
