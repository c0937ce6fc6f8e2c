package org.permlab.rig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.permlab.permeation.FeedSideMode;

/**
 * A virtual experiment: a membrane in the rig and the conditions it is taken through.
 *
 * @param experiment         a short name
 * @param membrane           the sample id
 * @param seed               seed of the random numbers (the same seed gives the same log, byte for byte)
 * @param areaM2             membrane area, m^2
 * @param permeances         the membrane's permeance per gas (the truth)
 * @param cellModel          the feed side of the simulated cell: inlet (a differential cell), retentate (well mixed)
 *                           or log-mean; a reduction with the same mode recovers the truth exactly from exact readings
 * @param sweepGas           the sweep gas
 * @param gcSpecies          the species the GC reports
 * @param noise              instrument noise
 * @param injectionIntervalS time between GC injections, s (the first half an interval into each step, the last half
 *                           an interval before its end)
 * @param transientTimeConstantS time constant of the approach to a new steady state after a step, s (0 = none)
 * @param steps              the conditions, in order
 */
public record RigSchedule(String experiment, String membrane, long seed, double areaM2,
        Map<String, PermeanceModel> permeances, FeedSideMode cellModel, String sweepGas, List<String> gcSpecies,
        RigNoise noise, double injectionIntervalS, double transientTimeConstantS, List<ScheduleStep> steps) {

    public RigSchedule {
        permeances = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(permeances));
        gcSpecies = List.copyOf(gcSpecies);
        steps = List.copyOf(steps);
    }

    /** The gases fed in any step, in order of first appearance. */
    public List<String> feedGases() {
        List<String> gases = new ArrayList<>();
        for (ScheduleStep st : steps) {
            for (String g : st.feedFlowMolPerS().keySet()) {
                if (!gases.contains(g)) {
                    gases.add(g);
                }
            }
        }
        return gases;
    }

    /** The species the GC reports: those listed, or else the fed gases. */
    public List<String> reportedSpecies() {
        return gcSpecies.isEmpty() ? feedGases() : gcSpecies;
    }
}
