package org.permlab.permeation;

import org.permlab.quantity.Measured;

/**
 * How far a quantity comes back when a pressure series returns to low pressure (CONVENTIONS §3: a selectivity that
 * recovers shows that no macroscopic defect opened).
 *
 * @param quantity       a gas (permeance) or a pair (selectivity), e.g. {@code He/N2}
 * @param firstCondition the series' first condition
 * @param peakCondition  the condition at the highest feed pressure
 * @param returnCondition the last condition, after the peak, at a lower pressure
 * @param atPeak         value at the peak over value at the start, ± propagated standard uncertainty of the means
 * @param ratio          value on return over value at the start (the recovery ratio), ± propagated standard
 *                       uncertainty of the means
 */
public record Recovery(String quantity, String firstCondition, String peakCondition, String returnCondition,
        Measured atPeak, Measured ratio) {
}
