package org.permlab.permeation;

import java.util.List;
import java.util.Map;

import org.permlab.error.InvalidInputException;

/**
 * A GC calibration: the mole fraction of each species as a polynomial in its peak area, y = c0 + c1 A + c2 A^2
 * (linear or quadratic, as fitted to calibration gases).
 *
 * @param areaUnit     the integrator's unit of peak area as written in the log's header (e.g. {@code pA s})
 * @param coefficients per species, c0, c1 and, for a quadratic calibration, c2
 */
public record GcCalibration(String areaUnit, Map<String, List<Double>> coefficients) {

    public GcCalibration {
        coefficients = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coefficients));
        for (Map.Entry<String, List<Double>> e : coefficients.entrySet()) {
            int n = e.getValue().size();
            if (n < 2 || n > 3) {
                throw InvalidInputException.of(e.getKey(), "a calibration is linear (c0, c1) or quadratic (c0, c1, "
                        + "c2), got " + n + " coefficients");
            }
        }
    }

    /** The polynomial's coefficients c0, c1, c2 (c2 = 0 for a linear calibration) of a species. */
    public double[] polynomial(String species) {
        List<Double> c = coefficients.get(species);
        if (c == null) {
            throw InvalidInputException.of(species, "the GC calibration has no entry for " + species);
        }
        return new double[] {c.get(0), c.get(1), c.size() > 2 ? c.get(2) : 0.0};
    }

    /** The mole fraction a peak area calibrates to, y = c0 + c1 A + c2 A^2. */
    public double moleFraction(String species, double area) {
        return moleFraction(polynomial(species), area);
    }

    /**
     * y = c0 + c1 A + c2 A^2 for coefficients from {@link #polynomial}; a reader that looks the coefficients up
     * once per column calls this per cell.
     */
    public static double moleFraction(double[] polynomial, double area) {
        return polynomial[0] + area * (polynomial[1] + area * polynomial[2]);
    }

    /**
     * The peak area that calibrates to mole fraction y: the root of c2 A^2 + c1 A + c0 - y = 0 that continues the
     * linear calibration's (y - c0) / c1, written as 2 (y - c0) / (c1 + sqrt(c1^2 + 4 c2 (y - c0))) so that it
     * keeps its digits when c2 is small. The virtual rig uses it to write peak areas.
     *
     * @throws InvalidInputException if the calibration does not reach y on a rising branch (c1 &le; 0, or a
     *                               quadratic that turns over below y)
     */
    public double peakArea(String species, double y) {
        double[] c = polynomial(species);
        double d = y - c[0];
        double disc = c[1] * c[1] + 4 * c[2] * d;
        if (!(c[1] > 0) || !(disc >= 0)) {
            throw InvalidInputException.of(species, "the GC calibration does not rise to a mole fraction of " + y
                    + " (c1 must be positive and the quadratic must not turn over below it)");
        }
        return 2 * d / (c[1] + Math.sqrt(disc));
    }
}
