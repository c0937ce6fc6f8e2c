/**
 * Permeation: from what a Wicke-Kallenbach rig records to permeances, selectivities, temperature and pressure
 * series and long-term stability (seed paper §2.4, §3.3, eq. 3-5; CONVENTIONS §3).
 *
 * <p>{@link org.permlab.permeation.WickeKallenbach} reduces one GC injection with the closed sweep balance
 * F_out = F_sweep / (1 - sum y), N_i = y_i F_out, P_i = N_i / (A (p_i - y_i p_perm)) and the chosen feed-side
 * partial pressure ({@link org.permlab.permeation.FeedSideMode}); {@link org.permlab.permeation.PermeationReducer}
 * reduces a whole run (a {@link org.permlab.permeation.RigLog} and its
 * {@link org.permlab.permeation.RunDescription}): steady-state detection ({@link
 * org.permlab.permeation.SteadyState}), mean ± SD over the steady injections, separation factors and ideal
 * selectivities, and the series: Arrhenius activation energies ({@link org.permlab.permeation.Arrhenius}), the
 * recovery of a pressure series and the per-segment statistics of a long-term test ({@link
 * org.permlab.permeation.Series}). A species below the GC detection limit gives a bound
 * ({@link org.permlab.permeation.Estimate}), never a number.
 *
 * <p>{@link org.permlab.permeation.PerformancePoint} is the summary other capabilities consume (trade-off plots,
 * process design): one membrane, one gas pair, one condition.
 *
 * <p>Uncertainty of a mean of n repeats: JCGM 101:2008 (GUM Supplement 1), 6.4.9.4. Welch's t-test and the slope
 * confidence interval come from Hipparchus.
 */
package org.permlab.permeation;
