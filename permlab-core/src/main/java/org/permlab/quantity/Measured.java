package org.permlab.quantity;

import org.permlab.error.InvalidInputException;

/**
 * A value with its standard uncertainty (one standard deviation), in SI unless a name says otherwise.
 *
 * <p>The arithmetic here propagates to first order assuming the operands are independent (GUM, JCGM 100:2008,
 * eq. 10). When inputs are correlated, use {@link Propagation#propagate} with their covariance matrix (GUM eq. 13).
 *
 * @param value the best estimate
 * @param sd    the standard uncertainty, never negative; 0 for an exact number
 */
public record Measured(double value, double sd) {

    public Measured {
        if (Double.isNaN(sd) || sd < 0) {
            throw InvalidInputException.of("uncertainty", "must be a non-negative number, got " + sd);
        }
    }

    public static Measured of(double value, double sd) {
        return new Measured(value, sd);
    }

    /** An exact number (zero uncertainty). */
    public static Measured exact(double value) {
        return new Measured(value, 0.0);
    }

    /** Relative standard uncertainty sd / |value|. */
    public double relativeSd() {
        return sd / Math.abs(value);
    }

    public Measured plus(Measured other) {
        return new Measured(value + other.value, Math.hypot(sd, other.sd));
    }

    public Measured minus(Measured other) {
        return new Measured(value - other.value, Math.hypot(sd, other.sd));
    }

    /** Product of independent quantities: relative uncertainties add in quadrature. */
    public Measured times(Measured other) {
        double v = value * other.value;
        return new Measured(v, Math.hypot(sd * other.value, other.sd * value));
    }

    /** Quotient of independent quantities: relative uncertainties add in quadrature. */
    public Measured dividedBy(Measured other) {
        double v = value / other.value;
        return new Measured(v, Math.hypot(sd / other.value, other.sd * value / (other.value * other.value)));
    }

    /** Multiplication by an exact factor (a unit conversion, say). */
    public Measured times(double factor) {
        return new Measured(value * factor, sd * Math.abs(factor));
    }

    /** x^n for an exact exponent n. */
    public Measured pow(double exponent) {
        double v = Math.pow(value, exponent);
        return new Measured(v, Math.abs(exponent * Math.pow(value, exponent - 1)) * sd);
    }

    /** Natural logarithm; sd(ln x) = sd(x) / x. */
    public Measured log() {
        return new Measured(Math.log(value), sd / Math.abs(value));
    }

    /** Exponential; sd(e^x) = e^x sd(x). */
    public Measured exp() {
        double v = Math.exp(value);
        return new Measured(v, v * sd);
    }

    @Override
    public String toString() {
        return value + " ± " + sd;
    }
}
