package org.permlab.process;

/**
 * A designed stage.
 *
 * @param target       what it had to achieve
 * @param variable     what was varied
 * @param valueSi      the value found (area m^2 or feed pressure Pa)
 * @param achieved     what the designed stage achieves (equal to the target within the tolerance)
 * @param stage        the designed stage, solved
 * @param solver       how the search went (evaluations, residual)
 */
public record DesignResult(DesignTarget target, DesignVariable variable, double valueSi, double achieved,
        StageResult stage, SolverReport solver) {
}
