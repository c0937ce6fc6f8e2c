package org.permlab.tradeoff;

import org.permlab.quantity.Measured;

/**
 * Where a point lies with respect to one upper bound of its pair.
 *
 * @param bound             the bound's name, e.g. {@code Robeson 2008}
 * @param year              its year
 * @param distance          d = P / (k alpha^n); 1 on the line, &gt; 1 above it
 * @param selectivityOnBound alpha_UB(P) = (P/k)^(1/n), the bound's selectivity at the point's permeability
 * @param selectivityGap    alpha - alpha_UB(P), at equal permeability
 * @param selectivityRatio  alpha / alpha_UB(P) (= d^(-1/n))
 * @param aboveBound        whether d &gt; 1
 */
public record BoundComparison(String bound, int year, Measured distance, Measured selectivityOnBound,
        Measured selectivityGap, Measured selectivityRatio, boolean aboveBound) {
}
