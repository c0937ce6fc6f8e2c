package org.permlab.quantity;

import java.util.List;
import java.util.Optional;

/**
 * A unit permlab reads and prints. Values convert to SI with {@link #toSi} and back with {@link #fromSi}.
 *
 * <p>Two kinds: {@link LinearUnit} (a factor and an offset, e.g. bar, degrees Celsius, GPU) and
 * {@link StandardFlowUnit} (a gas volume per time stated at a reference state, e.g. an MFC's mL/min).
 */
public sealed interface Unit permits LinearUnit, StandardFlowUnit {

    /** The canonical symbol, as printed. */
    String symbol();

    /** Other spellings accepted on input. */
    List<String> aliases();

    Dimension dimension();

    /** One line that says what the unit is, with its definition. */
    String description();

    /**
     * Converts a value in this unit to SI.
     *
     * @param flowReference the reference state for flow units whose state is not fixed by the unit itself;
     *                      ignored by every other unit
     */
    double toSi(double value, ReferenceState flowReference);

    /** Converts an SI value to this unit; the inverse of {@link #toSi}. */
    double fromSi(double siValue, ReferenceState flowReference);

    /**
     * The reference state this unit's value depends on, if any: the unit's own fixed state (sccm is 0 C, 1 atm)
     * or, when the unit leaves it open (plain mL/min), the one supplied.
     */
    default Optional<ReferenceState> referenceStateUsed(ReferenceState flowReference) {
        return Optional.empty();
    }

    /** True when the value depends on a reference state that the user chooses (plain mL/min, L/min). */
    default boolean takesFlowReference() {
        return false;
    }

    /** The factor that converts an uncertainty (a difference of values) in this unit to SI. */
    default double differenceToSi(double difference, ReferenceState flowReference) {
        return toSi(difference, flowReference) - toSi(0.0, flowReference);
    }

    /** The inverse of {@link #differenceToSi}: an SI difference (an uncertainty) in this unit. */
    default double differenceFromSi(double siDifference, ReferenceState flowReference) {
        return fromSi(siDifference, flowReference) - fromSi(0.0, flowReference);
    }
}
