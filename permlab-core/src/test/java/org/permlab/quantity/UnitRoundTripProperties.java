package org.permlab.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Any unit to SI and back returns the input, to a few ulps of double arithmetic. */
class UnitRoundTripProperties {

    private static final long SEED = 20261204L;

    private static Gen<Unit> units() {
        return arbitrary().pick(Units.all());
    }

    /** Log-uniform over twelve decades, 1e-6 to 1e6, both signs. */
    private static Gen<Double> values() {
        return doubles().between(-6, 6).zip(arbitrary().pick(-1.0, 1.0), (e, sign) -> sign * Math.pow(10, e));
    }

    private static Gen<ReferenceState> states() {
        return doubles().between(200, 400).zip(doubles().between(5e4, 2e5), (t, p) -> new ReferenceState(t, p,
                "random"));
    }

    @Test
    void toSiAndBackIsIdentity() {
        int[] runs = {0};
        // QuickTheories counts a repeated draw (skipped) as an example: 10 spare, and the examples run are counted
        qt().withFixedSeed(SEED).withExamples(2010).forAll(units(), values(), states()).checkAssert((unit, value,
                ref) -> {
            runs[0]++;
            double back = unit.fromSi(unit.toSi(value, ref), ref);
            // 1e-12 relative: a conversion is one multiply (and one add for temperature scales), a few ulps each
            assertThat(back).isCloseTo(value, within(1e-12 * Math.max(1.0, Math.abs(value))));
        });
        assertThat(runs[0]).as("examples run").isGreaterThanOrEqualTo(2000);
    }

    @Test
    void convertingThroughAnyUnitOfTheDimensionIsIdentity() {
        int[] runs = {0};
        // QuickTheories counts a repeated draw (skipped) as an example: 10 spare, and the examples run are counted
        qt().withFixedSeed(SEED).withExamples(1010).forAll(units(), values()).checkAssert((a, value) -> {
            runs[0]++;
            for (Unit b : Units.of(a.dimension())) {
                double there = Units.convert(value, a, b, ReferenceState.NORMAL);
                double back = Units.convert(there, b, a, ReferenceState.NORMAL);
                assertThat(back).isCloseTo(value, within(1e-12 * Math.max(1.0, Math.abs(value))));
            }
        });
        assertThat(runs[0]).as("examples run").isGreaterThanOrEqualTo(1000);
    }
}
