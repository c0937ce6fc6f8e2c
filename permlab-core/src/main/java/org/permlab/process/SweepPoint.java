package org.permlab.process;

import java.util.Optional;

/**
 * One point of a sweep: the parameter values and the solved flowsheet, or why it could not be solved.
 *
 * @param valuesSi the parameter values, in axis order, SI
 * @param result   the solved flowsheet
 * @param error    one line, when the point is bad input (e.g. an area the feed cannot supply)
 */
public record SweepPoint(double[] valuesSi, Optional<CascadeResult> result, Optional<String> error) {

    public SweepPoint {
        valuesSi = valuesSi.clone();
    }

    @Override
    public double[] valuesSi() {
        return valuesSi.clone();
    }
}
