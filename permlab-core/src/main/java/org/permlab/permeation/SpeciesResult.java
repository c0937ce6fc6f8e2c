package org.permlab.permeation;

/**
 * One species at one condition.
 *
 * @param gas                    formula
 * @param feedFraction           x_i at the inlet (mean over the steady injections)
 * @param permeanceSi            mean ± SD over the steady injections, mol m^-2 s^-1 Pa^-1; an upper bound when the
 *                               GC did not detect the species in a steady injection
 * @param meanUncertaintySi      standard uncertainty of the mean, s/sqrt(n) sqrt((n-1)/(n-3)) for n > 3
 *                               (JCGM 101:2008, 6.4.9.4: a t-distributed mean), s/sqrt(n) otherwise
 * @param nInjections            steady injections used
 * @param steadyPermeanceSi      the per-injection permeances (or bounds) of the steady injections
 */
public record SpeciesResult(String gas, double feedFraction, Estimate permeanceSi, double meanUncertaintySi,
        int nInjections, double[] steadyPermeanceSi) {
}
