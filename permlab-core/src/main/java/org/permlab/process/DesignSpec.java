package org.permlab.process;

import java.util.Optional;

/**
 * A design problem: meet a target by varying one variable within optional bounds.
 *
 * @param target   what to achieve
 * @param variable what to vary
 * @param lowerSi  lower bound (SI), or the default
 * @param upperSi  upper bound (SI), or the default
 */
public record DesignSpec(DesignTarget target, DesignVariable variable, Optional<Double> lowerSi,
        Optional<Double> upperSi) {

    public DesignResult solve(StageCase c) {
        return StageDesign.solve(c.stage(), c.feed(), target, variable, lowerSi, upperSi);
    }
}
