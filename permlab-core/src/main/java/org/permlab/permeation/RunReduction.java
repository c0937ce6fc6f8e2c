package org.permlab.permeation;

import java.util.List;
import java.util.Optional;

/**
 * A run reduced: each condition, the conditions that failed (the others are still reduced), the ideal
 * selectivities between single-gas conditions, and the series analysis the run's kind asks for.
 *
 * @param run                the run description
 * @param settings           the choices made
 * @param source             the log file
 * @param conditions         the reduced conditions, in time order
 * @param failures           the conditions that could not be reduced, each with one line saying why and where
 * @param idealSelectivities P_fast / P_slow between single-gas conditions at the same temperature and pressure
 * @param arrhenius          per gas, for a temperature series
 * @param recoveries         per gas and pair, for a pressure series
 * @param stability          per segment, gas and pair, for a long-term test
 */
public record RunReduction(RunDescription run, ReductionSettings settings, String source,
        List<ConditionResult> conditions, List<ConditionFailure> failures, List<IdealSelectivity> idealSelectivities,
        List<ArrheniusFit> arrhenius, List<Recovery> recoveries, List<SegmentStability> stability) {

    public RunReduction {
        conditions = List.copyOf(conditions);
        failures = List.copyOf(failures);
        idealSelectivities = List.copyOf(idealSelectivities);
        arrhenius = List.copyOf(arrhenius);
        recoveries = List.copyOf(recoveries);
        stability = List.copyOf(stability);
    }

    public Optional<ConditionResult> condition(String label) {
        return conditions.stream().filter(c -> c.label().equals(label)).findFirst();
    }
}
