package org.permlab.process;

import java.util.List;
import java.util.Map;

/**
 * The cheapest cascade found.
 *
 * @param variables        the parameters varied
 * @param optimumSi        their values at the optimum, SI
 * @param cascade          the optimum cascade, solved
 * @param annualCost       total cost per year
 * @param areaCost         membrane part
 * @param energyCost       electricity part
 * @param constraints      each constraint with the value achieved (purity or recovery)
 * @param feasible         whether every constraint holds (within 1e-6)
 * @param solver           evaluations, method, message
 * @param currency         the currency of the costs (per year)
 * @param conventions      how the cost, the constraints and the search are defined
 */
public record OptimisationResult(List<OptimisationVariable> variables, double[] optimumSi, CascadeResult cascade,
        double annualCost, double areaCost, double energyCost, Map<String, Double> constraints, boolean feasible,
        SolverReport solver, String currency, org.permlab.result.Conventions conventions) {

    public OptimisationResult {
        variables = List.copyOf(variables);
        optimumSi = optimumSi.clone();
    }

    @Override
    public double[] optimumSi() {
        return optimumSi.clone();
    }
}
