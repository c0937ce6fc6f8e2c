package org.permlab.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The one style of every permlab figure. */
public final class PlotStyle {

    /**
     * Okabe and Ito's colour-blind-safe palette (Okabe M., Ito K., "Color Universal Design", 2008), black first.
     */
    private static final Color[] PALETTE = {
        new Color(0, 0, 0), new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(240, 228, 66)};

    /** Filled markers, cycled with the colours so that series stay distinct in greyscale print. */
    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE,
        SeriesMarkers.DIAMOND};

    /** Default figure size in pixels at 72 dpi (a one-and-a-half-column figure). */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 420;

    private static final String FONT = "DejaVu Sans";

    private PlotStyle() {
    }

    /** Applies the style to a chart's styler. */
    public static void apply(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(Color.BLACK);
        s.setChartFontColor(Color.BLACK);
        s.setBaseFont(new Font(FONT, Font.PLAIN, 12));
        s.setChartTitleFont(new Font(FONT, Font.BOLD, 13));
        s.setChartTitleBoxBackgroundColor(Color.WHITE);
        s.setChartTitleBoxBorderColor(Color.WHITE);
        s.setLegendFont(new Font(FONT, Font.PLAIN, 11));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setSeriesColors(PALETTE);
        s.setSeriesMarkers(MARKERS);
        s.setSeriesLines(new BasicStroke[] {new BasicStroke(1.5f)});
        s.setChartPadding(8);
        s.setAntiAlias(true);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(new Font(FONT, Font.PLAIN, 13));
            a.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 11));
            a.setAxisTickMarksColor(Color.BLACK);
            a.setAxisTickLabelsColor(Color.BLACK);
            a.setPlotGridLinesVisible(false);
            a.setPlotTicksMarksVisible(true);
            a.setAxisTicksLineVisible(false);
            a.setErrorBarsColorSeriesColor(true);
            a.setMarkerSize(7);
        }
    }

    /** Colour {@code i} of the palette, cycling. */
    public static Color colour(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** The number of colours in the palette. */
    public static int colours() {
        return PALETTE.length;
    }

    /** Marker {@code i}, cycling. */
    public static Marker marker(int i) {
        return MARKERS[Math.floorMod(i, MARKERS.length)];
    }
}
