package org.permlab.permeation;

/**
 * One species' mole fraction in the sweep outlet as the GC reports it: a number, or "not detected" (below the
 * detection limit), which is a state and never a zero (STYLE).
 */
public sealed interface GcReading permits GcReading.Detected, GcReading.BelowDetectionLimit {

    /**
     * A detected species.
     *
     * @param moleFraction y_i, 0..1
     */
    record Detected(double moleFraction) implements GcReading {
    }

    /**
     * A species the GC did not see.
     *
     * @param detectionLimit the mole fraction below which it is not seen
     */
    record BelowDetectionLimit(double detectionLimit) implements GcReading {
    }
}
