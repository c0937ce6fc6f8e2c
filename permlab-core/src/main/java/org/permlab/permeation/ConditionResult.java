package org.permlab.permeation;

import org.permlab.gas.GasPair;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.quantity.Measured;

/**
 * One condition of a run, reduced.
 *
 * @param label              the segment's label
 * @param note               what the segment says about itself
 * @param span               the time the condition covers
 * @param steady             the time of the first and last steady injection
 * @param nInjections        injections in the condition
 * @param temperatureK       mean ± SD over the steady injections
 * @param feedPressurePa     mean ± SD
 * @param permeatePressurePa mean ± SD
 * @param sweepFlowMolPerS   mean ± SD
 * @param feedFractions      inlet composition from the MFC readings (mean), fed gases only
 * @param stageCut           sum N_i / F_feed, mean ± SD
 * @param species            the fed species that the GC reports
 * @param pairs              separation factors (mixed-gas conditions only)
 * @param steadyTimesS       times of the steady injections
 * @param singleGas          true when one gas was fed
 */
public record ConditionResult(String label, String note, TimeWindow span, TimeWindow steady, int nInjections,
        Measured temperatureK, Measured feedPressurePa, Measured permeatePressurePa, Measured sweepFlowMolPerS,
        Map<String, Double> feedFractions, Measured stageCut, List<SpeciesResult> species, List<PairResult> pairs,
        double[] steadyTimesS, boolean singleGas) {

    public ConditionResult {
        feedFractions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(feedFractions));
        species = List.copyOf(species);
        pairs = List.copyOf(pairs);
    }

    /** The result for one species, if it was fed and reported. */
    public Optional<SpeciesResult> species(String gas) {
        return species.stream().filter(s -> s.gas().equals(gas)).findFirst();
    }

    /** The separation factor of one pair, if computed. */
    public Optional<PairResult> pair(GasPair pair) {
        return pairs.stream().filter(p -> p.pair().equals(pair)).findFirst();
    }
}
