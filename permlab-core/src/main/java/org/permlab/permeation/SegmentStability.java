package org.permlab.permeation;

import java.util.Optional;

import org.permlab.quantity.Measured;

/**
 * One quantity (a gas's permeance or a pair's separation factor) over one segment of a long-term test.
 *
 * @param segment          the segment's label
 * @param quantity         a gas or a pair, e.g. {@code He} or {@code He/N2}
 * @param mean             mean ± SD over the segment's steady injections (SI for a permeance)
 * @param nInjections      injections used
 * @param driftPer100h     slope of a least-squares line against time, per 100 h, ± its standard error
 * @param driftCi95Low     lower end of the 95 % confidence interval of the drift per 100 h (Student t, n - 2 dof)
 * @param driftCi95High    upper end
 * @param ratioToFirst     mean over the first segment's mean, ± the standard errors of both means propagated
 * @param pValueVsFirst    Welch's two-sided t-test of this segment's injections against the first segment's
 *                         (empty for the first segment)
 * @param differsFromFirst p below 0.05
 */
public record SegmentStability(String segment, String quantity, Measured mean, int nInjections,
        Measured driftPer100h, double driftCi95Low, double driftCi95High, Measured ratioToFirst,
        Optional<Double> pValueVsFirst, boolean differsFromFirst) {
}
