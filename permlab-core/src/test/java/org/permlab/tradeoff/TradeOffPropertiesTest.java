package org.permlab.tradeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.permlab.quantity.Measured;
import org.quicktheories.core.Gen;

/** Exact identities of the power-law bound, over random bundled lines and points. */
class TradeOffPropertiesTest {

    private static final long SEED = 20261204L;

    private static Gen<UpperBound> bounds() {
        return arbitrary().pick(UpperBounds.standard().all());
    }

    /** selectivityAt inverts permeabilityFastSi: (k alpha^n / k)^(1/n) = alpha. */
    @Test
    void theLineInvertsExactly() {
        int[] runs = {0};
        // QuickTheories counts a repeated draw (skipped) as an example: 10 spare, and the examples run are counted
        qt().withFixedSeed(SEED).withExamples(310).forAll(bounds(), doubles().between(1.0, 1000)).checkAssert((b,
                a) -> {
            runs[0]++;
            assertThat(b.selectivityAt(b.permeabilityFastSi(a))).isCloseTo(a, within(a * 1e-12));
        });
        assertThat(runs[0]).as("examples run").isGreaterThanOrEqualTo(300);
    }

    /** A point on the line has d = 1 and no gap; scaling P by f scales d by f; ratio = d^(-1/n). */
    @Test
    void distanceAndGapAreConsistent() {
        int[] runs = {0};
        // QuickTheories counts a repeated draw (skipped) as an example: 10 spare, and the examples run are counted
        qt().withFixedSeed(SEED).withExamples(310)
                .forAll(bounds(), doubles().between(1.0, 300), doubles().between(0.01, 100)).checkAssert((b, a, f) -> {
                    runs[0]++;
                    double onLine = b.permeabilityFastSi(a);
                    BoundComparison on = TradeOff.compare(b, Measured.exact(onLine), Measured.exact(a));
                    assertThat(on.distance().value()).isCloseTo(1.0, within(1e-12));
                    assertThat(on.selectivityGap().value()).isCloseTo(0.0, within(a * 1e-12));
                    BoundComparison off = TradeOff.compare(b, Measured.exact(onLine * f), Measured.exact(a));
                    assertThat(off.distance().value()).isCloseTo(f, within(f * 1e-12));
                    assertThat(off.selectivityRatio().value())
                            .isCloseTo(Math.pow(f, -1.0 / b.n()), within(Math.pow(f, -1.0 / b.n()) * 1e-11));
                    if (Math.abs(f - 1) > 1e-9) { // f = 1 is on the line, where rounding decides
                        assertThat(off.aboveBound()).isEqualTo(f > 1.0);
                    }
                });
        assertThat(runs[0]).as("examples run").isGreaterThanOrEqualTo(300);
    }
}
