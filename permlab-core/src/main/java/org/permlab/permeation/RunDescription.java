package org.permlab.permeation;

import org.permlab.gas.GasPair;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;

/**
 * What a permeation run was: which membrane, how the rig was set, and its segments (the seed paper §2.4).
 *
 * @param id              a short name of the run
 * @param membrane        the sample id
 * @param areaM2          membrane area with its uncertainty, m^2
 * @param thicknessM      selective-layer thickness with its uncertainty, m, when known (for permeabilities)
 * @param sweepGas        the sweep gas (not reduced; assumed not to permeate back)
 * @param flowReference   the reference state of the mass-flow controllers' volumes
 * @param nominalFeed     the nominal feed composition as described (the reduction uses the MFC readings)
 * @param detectionLimits GC detection limit per species, mole fraction
 * @param segments        the conditions, in time order; empty = the whole log is one condition
 * @param series          what the segments vary
 * @param pairs           the selectivities wanted; empty = every pair of fed gases, the lighter first
 */
public record RunDescription(String id, String membrane, Measured areaM2, Optional<Measured> thicknessM,
        String sweepGas, ReferenceState flowReference, Map<String, Double> nominalFeed,
        Map<String, Double> detectionLimits, List<Segment> segments, SeriesKind series, List<GasPair> pairs) {

    public RunDescription {
        nominalFeed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nominalFeed));
        detectionLimits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detectionLimits));
        segments = List.copyOf(segments);
        pairs = List.copyOf(pairs);
    }
}
