package org.permlab.process;

import org.permlab.error.InvalidInputException;

/**
 * A parameter the optimiser may vary, within bounds.
 *
 * @param parameter the flowsheet parameter
 * @param lowerSi   lower bound, SI
 * @param upperSi   upper bound, SI
 */
public record OptimisationVariable(FlowsheetParameter parameter, double lowerSi, double upperSi) {

    public OptimisationVariable {
        if (!(lowerSi < upperSi) || !Double.isFinite(lowerSi) || !Double.isFinite(upperSi)) {
            throw InvalidInputException.of("variables." + parameter.spec(), "need lower < upper, got " + lowerSi
                    + " and " + upperSi);
        }
    }
}
