/**
 * Figures: XChart charts in one journal-like style (white background, boxed plot, ticks, no heavy grid,
 * colour-blind-safe Okabe-Ito palette, axis labels with units, legend outside the plot so it never covers data),
 * written as PNG and SVG by {@link org.permlab.app.plot.FigureWriter}.
 *
 * <p>Make charts with {@link org.permlab.app.plot.Plots}; label axes with
 * {@link org.permlab.app.plot.Plots#axisLabel(String, String)} so every axis names its unit the same way.
 */
package org.permlab.app.plot;
