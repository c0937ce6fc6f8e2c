/**
 * The literature-points CSV: one row per membrane, gas pair and condition, read into
 * {@link org.permlab.tradeoff.TradeOffPoint}s for the trade-off plots.
 *
 * <p>Columns are named with their unit ({@code permeance_gpu}, {@code permeability_barrer}, {@code thickness_um},
 * {@code temperature_K}, {@code pressure_bar}); a cell may carry its own unit ({@code 1.26e-8 mol/(m2 s Pa)},
 * {@code 225 C}) and a standard uncertainty ({@code 10.7 ± 1.0}). A bad row (a missing pair, a non-positive value,
 * an unknown gas) is reported with its file, line and column and skipped; the other rows are used. A bad header is
 * an error for the whole file. The format is documented in {@code docs/tradeoff.md}.
 */
package org.permlab.io.tradeoff;
