/**
 * Trade-off plots for the user: {@code permlab tradeoff bounds} (the bundled upper bounds with their sources),
 * {@code permlab tradeoff plot} (a pair's permeability-selectivity plot with the bounds as lines, or the
 * permeance-selectivity plot of the seed paper's Fig. 7, as SVG and PNG) and the report section {@code tradeoff}
 * (order 600), which highlights the study's own membranes when the permeation section published
 * {@link org.permlab.permeation.PerformancePoint}s and otherwise the bundled rows of the seed paper.
 *
 * <p>The science is in {@link org.permlab.tradeoff}; the CSV format in {@link org.permlab.io.tradeoff}; this package
 * only formats, plots and prints. Documentation: {@code docs/tradeoff.md}.
 */
package org.permlab.app.tradeoff;
