package org.permlab.permeation;

/**
 * An ideal selectivity P_fast / P_slow from two single-gas conditions of a run at the same temperature and
 * pressure (seed paper eq. 4).
 *
 * @param result        the selectivity (SD propagated from both permeances' SDs over injections, independent)
 * @param fastCondition label of the fast gas's condition
 * @param slowCondition label of the slow gas's condition
 * @param temperatureK  mean temperature of the two conditions
 * @param feedPressurePa mean feed pressure of the two conditions
 */
public record IdealSelectivity(PairResult result, String fastCondition, String slowCondition, double temperatureK,
        double feedPressurePa) {
}
