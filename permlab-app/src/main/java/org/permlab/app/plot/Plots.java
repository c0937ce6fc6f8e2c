package org.permlab.app.plot;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.permlab.app.text.Format;

/** Factories for styled charts and series. */
public final class Plots {

    private Plots() {
    }

    /** An axis label that names the unit: {@code "He permeance (GPU)"}; no unit for a pure number. */
    public static String axisLabel(String quantity, String unit) {
        return unit == null || unit.isBlank() ? quantity : quantity + " (" + unit + ")";
    }

    /** An empty XY chart with the permlab style, of the default size. */
    public static XYChart xy(String title, String xLabel, String yLabel) {
        return xy(title, xLabel, yLabel, PlotStyle.WIDTH, PlotStyle.HEIGHT);
    }

    /** An empty XY chart with the permlab style, of a given size in pixels at 72 dpi (e.g. taller for a legend below). */
    public static XYChart xy(String title, String xLabel, String yLabel, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        PlotStyle.apply(chart.getStyler());
        return chart;
    }

    /** An empty bar chart with the permlab style. */
    public static CategoryChart bars(String title, String xLabel, String yLabel) {
        CategoryChart chart = new CategoryChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        PlotStyle.apply(chart.getStyler());
        return chart;
    }

    /** Markers only, with optional symmetric error bars ({@code yErr} may be null). */
    public static XYSeries points(XYChart chart, String name, double[] x, double[] y, double[] yErr) {
        XYSeries s = yErr == null ? chart.addSeries(name, x, y) : chart.addSeries(name, x, y, yErr);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return s;
    }

    /** A line without markers (a model curve, a bound). */
    public static XYSeries line(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** Markers joined by lines, with optional error bars. */
    public static XYSeries linePoints(XYChart chart, String name, double[] x, double[] y, double[] yErr) {
        XYSeries s = yErr == null ? chart.addSeries(name, x, y) : chart.addSeries(name, x, y, yErr);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        return s;
    }

    /** Logarithmic axes, their ticks labelled as plain numbers (10000, 0.001) rather than XChart's 1E4. */
    public static XYChart logAxes(XYChart chart, boolean logX, boolean logY) {
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setYAxisLogarithmic(logY);
        if (logX) {
            chart.getStyler().setXAxisTickLabelsFormattingFunction(v -> Format.sig(v, 3));
        }
        if (logY) {
            chart.getStyler().setYAxisTickLabelsFormattingFunction(v -> Format.sig(v, 3));
        }
        return chart;
    }
}
