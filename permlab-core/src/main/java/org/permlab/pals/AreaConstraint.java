package org.permlab.pals;

/** An optional constraint on the total area of the lifetime components (PALSfit's area constraints). */
public sealed interface AreaConstraint permits AreaConstraint.Free, AreaConstraint.Fixed,
        AreaConstraint.FromChannels {

    /** No constraint. */
    record Free() implements AreaConstraint {
    }

    /** The summed component area is fixed, counts. */
    record Fixed(double area) implements AreaConstraint {
    }

    /**
     * The summed component area plus background equals the counts in a channel range: sum_j A_j + B n = sum y
     * (a range that holds the whole spectrum makes this the data area).
     */
    record FromChannels(ChannelRange channels) implements AreaConstraint {
    }
}
