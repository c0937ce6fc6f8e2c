package org.permlab.pals;

import org.permlab.error.InvalidInputException;

/**
 * A model parameter as the user gives it: a value that is either a starting guess for a free parameter
 * (PALSfit's "G") or a fixed value ("F"), with optional bounds for a free one.
 *
 * @param value the start (free) or the value (fixed), in the unit its name gives
 * @param free  whether the fit adjusts it
 * @param lower lower bound (-infinity for none)
 * @param upper upper bound (+infinity for none)
 */
public record Parameter(double value, boolean free, double lower, double upper) {

    public Parameter {
        if (!Double.isFinite(value)) {
            throw InvalidInputException.of("parameter", "must be a finite number, got " + value);
        }
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw InvalidInputException.of("parameter", "bounds must satisfy lower <= upper, got [" + lower + ", "
                    + upper + "]");
        }
    }

    /** A free parameter starting at {@code value}, unbounded. */
    public static Parameter free(double value) {
        return new Parameter(value, true, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A fixed parameter. */
    public static Parameter fixed(double value) {
        return new Parameter(value, false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A free parameter within [lower, upper]. */
    public static Parameter bounded(double value, double lower, double upper) {
        return new Parameter(value, true, lower, upper);
    }

    /** The same with another value (flags and bounds kept). */
    public Parameter withValue(double newValue) {
        return new Parameter(newValue, free, lower, upper);
    }

    /** PALSfit's flag letter: G (guess, free) or F (fixed). */
    public char flag() {
        return free ? 'G' : 'F';
    }
}
