package org.permlab.permeation;

import org.permlab.quantity.Measured;

/**
 * A reduced number, or a bound when a species was below the GC detection limit (CONVENTIONS §3: "a species below the
 * GC detection limit gives an upper bound on its permeance and a lower bound on the selectivity, not a number").
 */
public sealed interface Estimate permits Estimate.Value, Estimate.AtMost, Estimate.AtLeast {

    /** A number with its spread (the SD over steady injections, or over samples, as the holder says). */
    record Value(Measured value) implements Estimate {
    }

    /** An upper bound: the quantity is below {@code bound}. */
    record AtMost(double bound) implements Estimate {
    }

    /** A lower bound: the quantity is above {@code bound}. */
    record AtLeast(double bound) implements Estimate {
    }

    /** The number, the bound, or the value, whichever this is (for plots and sorting, never for arithmetic). */
    default double central() {
        if (this instanceof Value v) {
            return v.value().value();
        }
        return this instanceof AtMost m ? m.bound() : ((AtLeast) this).bound();
    }

    /** True for a number, false for a bound. */
    default boolean isValue() {
        return this instanceof Value;
    }

    /** {@code value}, {@code upper_bound} or {@code lower_bound}: the word used in JSON. */
    default String state() {
        return this instanceof Value ? "value" : this instanceof AtMost ? "upper_bound" : "lower_bound";
    }

    /** The ratio of two estimates with independent spreads; a bound in either gives the bound it implies. */
    static java.util.Optional<Estimate> ratio(Estimate num, Estimate den) {
        if (num instanceof Value a && den instanceof Value b) {
            return java.util.Optional.of(new Value(a.value().dividedBy(b.value())));
        }
        if (num instanceof Value a && den instanceof AtMost b) {
            return java.util.Optional.of(new AtLeast(a.value().value() / b.bound()));
        }
        if (num instanceof AtMost a && den instanceof Value b) {
            return java.util.Optional.of(new AtMost(a.bound() / b.value().value()));
        }
        return java.util.Optional.empty();
    }
}
