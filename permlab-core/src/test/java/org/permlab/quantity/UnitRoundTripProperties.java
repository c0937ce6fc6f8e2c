package org.permlab.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any unit to SI and back returns the input (issue 2 acceptance), to a few ulps of double arithmetic. */
class UnitRoundTripProperties {

    @Provide
    Arbitrary<Unit> units() {
        return Arbitraries.of(Units.all());
    }

    /** Log-uniform over twelve decades, 1e-6 to 1e6, both signs. */
    @Provide
    Arbitrary<Double> values() {
        return Arbitraries.doubles().between(-6, 6).flatMap(e -> Arbitraries.of(-1.0, 1.0)
                .map(sign -> sign * Math.pow(10, e)));
    }

    @Provide
    Arbitrary<ReferenceState> states() {
        return Arbitraries.doubles().between(200, 400).flatMap(t -> Arbitraries.doubles().between(5e4, 2e5)
                .map(p -> new ReferenceState(t, p, "random")));
    }

    @Property(tries = 2000)
    void toSiAndBackIsIdentity(@ForAll("units") Unit unit, @ForAll("values") double value,
            @ForAll("states") ReferenceState ref) {
        double back = unit.fromSi(unit.toSi(value, ref), ref);
        // 1e-12 relative: a conversion is one multiply (and one add for temperature scales), a few ulps each
        assertThat(back).isCloseTo(value, within(1e-12 * Math.max(1.0, Math.abs(value))));
    }

    @Property(tries = 1000)
    void convertingThroughAnyUnitOfTheDimensionIsIdentity(@ForAll("units") Unit a, @ForAll("values") double value) {
        for (Unit b : Units.of(a.dimension())) {
            double there = Units.convert(value, a, b, ReferenceState.NORMAL);
            double back = Units.convert(there, b, a, ReferenceState.NORMAL);
            assertThat(back).isCloseTo(value, within(1e-12 * Math.max(1.0, Math.abs(value))));
        }
    }
}
