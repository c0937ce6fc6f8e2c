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
}
