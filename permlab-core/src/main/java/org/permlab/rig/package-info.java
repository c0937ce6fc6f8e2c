/**
 * The virtual permeation rig: simulates the log a Wicke-Kallenbach rig (the seed paper §2.4, Fig. S1) writes for a
 * membrane of known permeances, with the imperfections of real instruments (GC noise and detection limits,
 * mass-flow-controller noise and drift, gauge noise, transients after each step).
 *
 * <p>It is how the example study gets its data and how the reducer ({@link org.permlab.permeation}) is tested:
 * simulate with known permeances, reduce, recover them. The cell is solved with the same balance the reducer
 * inverts (CONVENTIONS §3): N_i = P_i A (p_i - y_i p_perm), y_i = N_i / (F_sweep + sum N), with the feed-side
 * partial pressure of the chosen cell model.
 */
package org.permlab.rig;
