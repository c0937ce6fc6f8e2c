package org.permlab.process;

import java.util.List;

/**
 * An optimisation problem on a flowsheet.
 *
 * @param variables      parameters with bounds
 * @param cost           the cost model
 * @param constraints    lower bounds on the product's purity and recovery
 * @param maxEvaluations cascade solves allowed
 */
public record OptimisationSpec(List<OptimisationVariable> variables, CostModel cost,
        List<ProductConstraint> constraints, int maxEvaluations) {

    public OptimisationSpec {
        variables = List.copyOf(variables);
        constraints = List.copyOf(constraints);
    }

    public OptimisationResult solve(Flowsheet fs) {
        return CascadeOptimiser.optimise(fs, variables, cost, constraints, maxEvaluations);
    }
}
