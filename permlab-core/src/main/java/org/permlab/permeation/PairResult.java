package org.permlab.permeation;

import org.permlab.gas.GasPair;

/**
 * A selectivity at one condition (a separation factor of a mixed-gas condition) or between two single-gas
 * conditions (an ideal selectivity).
 *
 * @param pair         fast over slow
 * @param kind         ideal or separation factor
 * @param basis        for a separation factor, the composition basis; for an ideal selectivity, {@code FEED}
 *                     (unused)
 * @param selectivity  mean ± SD (over the steady injections for a separation factor; propagated from the two
 *                     permeances' SDs for an ideal selectivity), or a bound
 * @param knudsen      the Knudsen selectivity sqrt(M_slow / M_fast), for reference
 * @param steadyValues per-injection separation factors (empty for an ideal selectivity)
 */
public record PairResult(GasPair pair, SelectivityKind kind, SelectivityBasis basis, Estimate selectivity,
        double knudsen, double[] steadyValues) {
}
