/**
 * Permeation: from what a Wicke-Kallenbach rig records to permeances, selectivities, temperature and pressure
 * series and long-term stability (seed paper §2.4, §3.3; CONVENTIONS §3).
 *
 * <p>{@link org.permlab.permeation.PerformancePoint} is the summary other capabilities consume (trade-off plots,
 * process design): one membrane, one gas pair, one condition.
 */
package org.permlab.permeation;
