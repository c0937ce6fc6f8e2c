package org.permlab.rig;

import java.util.Map;

/**
 * One step of a rig schedule: conditions held for a time.
 *
 * @param label              a short name (becomes the segment label of the run)
 * @param durationS          how long, s
 * @param temperatureK       cell temperature, K
 * @param feedPressurePa     feed pressure, Pa
 * @param permeatePressurePa permeate pressure, Pa
 * @param feedFlowMolPerS    true feed flow per gas, mol s^-1
 * @param sweepFlowMolPerS   true sweep flow, mol s^-1
 * @param permeanceFactors   multipliers on the membrane's permeances during this step (e.g. 0.93 with water in the
 *                           feed); gases not named keep 1
 * @param note               what the step is, free text
 */
public record ScheduleStep(String label, double durationS, double temperatureK, double feedPressurePa,
        double permeatePressurePa, Map<String, Double> feedFlowMolPerS, double sweepFlowMolPerS,
        Map<String, Double> permeanceFactors, String note) {

    public ScheduleStep {
        feedFlowMolPerS = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(feedFlowMolPerS));
        permeanceFactors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(permeanceFactors));
    }
}
