package org.permlab.app.pals;

import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.permlab.app.plot.Plots;
import org.permlab.pals.ChannelRange;
import org.permlab.pals.CycleFit;

/** The figures of a lifetime fit: spectrum and fit on a log scale, residuals, and cavity sizes (seed Fig. 4a). */
final class PalsCharts {

    private PalsCharts() {
    }

    /** Channel centres as time after T0, ns. */
    private static double[] times(CycleFit c, double widthNs) {
        double[] t = new double[c.counts().length];
        for (int k = 0; k < t.length; k++) {
            t[k] = (c.fitRange().first() + k - 0.5 - c.t0Channel().value()) * widthNs;
        }
        return t;
    }

    /** Counts and fit (with its components and the source spectrum) on a logarithmic count axis. */
    static XYChart spectrum(CycleFit c, double widthNs, String title) {
        XYChart chart = Plots.xy(title, Plots.axisLabel("Time after T0", "ns"),
                Plots.axisLabel("Counts per channel", null));
        Plots.logAxes(chart, false, true);
        chart.getStyler().setMarkerSize(3);
        double[] t = times(c, widthNs);
        timeAxis(chart, t);
        // curves are drawn down to half the smallest count: below it they are of no interest on a log scale
        double floor = Double.POSITIVE_INFINITY;
        for (double v : c.counts()) {
            if (v > 0) {
                floor = Math.min(floor, v);
            }
        }
        floor = Double.isFinite(floor) ? 0.5 * floor : 0.5;
        chart.getStyler().setYAxisMin(floor);
        positive(chart, "counts", t, c.counts(), true, 0);
        positive(chart, "fit", t, c.model(), false, floor);
        ChannelRange r = c.fitRange();
        for (int j = 0; j < c.components().size(); j++) {
            double[] comp = c.fittedModel().component(j, r);
            positive(chart, String.format(java.util.Locale.ROOT, "tau%d = %.3g ns", j + 1,
                    c.components().get(j).lifetimeNs().value()), t, comp, false, floor);
        }
        if (c.sourceArea() > 0) {
            positive(chart, "source", t, c.sourceCounts(), false, floor);
        }
        double[] bg = new double[t.length];
        java.util.Arrays.fill(bg, c.background().value());
        positive(chart, "background", t, bg, false, floor);
        return chart;
    }

    /** Weighted residuals (y - f) / sqrt(var) against time. */
    static XYChart residuals(CycleFit c, double widthNs, String title) {
        XYChart chart = Plots.xy(title, Plots.axisLabel("Time after T0", "ns"),
                Plots.axisLabel("Weighted residual (y - f) / sqrt(f)", null));
        chart.getStyler().setMarkerSize(2);
        double[] t = times(c, widthNs);
        timeAxis(chart, t);
        Plots.points(chart, "residuals", t, c.residuals(), null);
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /** A time axis from and to whole ns, ticks well apart. */
    private static void timeAxis(XYChart chart, double[] t) {
        chart.getStyler().setXAxisMin(Math.floor(t[0]));
        chart.getStyler().setXAxisMax(Math.ceil(t[t.length - 1]));
        chart.getStyler().setXAxisDecimalPattern("0.#");
        chart.getStyler().setXAxisTickMarkSpacingHint(90);
    }

    /** One point per sample. */
    record CavityPoint(String label, double diameterAngstrom, double diameterSdAngstrom, double i3Pct,
            double i3SdPct) {
    }

    /**
     * The seed's Fig. 4a: cavity diameter (Tao-Eldrup) against o-Ps intensity, one marker per sample, with the
     * intensity's SD as error bar (the diameter's SD is in the table: XChart draws vertical bars only).
     */
    static XYChart cavities(List<CavityPoint> points, String title) {
        XYChart chart = Plots.xy(title, Plots.axisLabel("Cavity diameter", "A"),
                Plots.axisLabel("o-Ps intensity I3", "%"));
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (CavityPoint p : points) {
            xMin = Math.min(xMin, p.diameterAngstrom() - p.diameterSdAngstrom());
            xMax = Math.max(xMax, p.diameterAngstrom() + p.diameterSdAngstrom());
            yMin = Math.min(yMin, p.i3Pct() - p.i3SdPct());
            yMax = Math.max(yMax, p.i3Pct() + p.i3SdPct());
        }
        if (!points.isEmpty()) {
            double dx = Math.max(0.1, 0.15 * (xMax - xMin));
            double dy = Math.max(0.5, 0.15 * (yMax - yMin));
            chart.getStyler().setXAxisMin(xMin - dx);
            chart.getStyler().setXAxisMax(xMax + dx);
            chart.getStyler().setYAxisMin(Math.max(0.0, yMin - dy));
            chart.getStyler().setYAxisMax(yMax + dy);
        }
        for (CavityPoint p : points) {
            Plots.points(chart, String.format(java.util.Locale.ROOT, "%s (%.2f A)", p.label(), p.diameterAngstrom()),
                    new double[] {p.diameterAngstrom()}, new double[] {p.i3Pct()}, new double[] {p.i3SdPct()});
        }
        return chart;
    }

    private static void positive(XYChart chart, String name, double[] x, double[] y, boolean markers,
            double floor) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 0 && y[i] >= floor && Double.isFinite(y[i])) {
                xs.add(x[i]);
                ys.add(y[i]);
            }
        }
        if (xs.isEmpty()) {
            return;
        }
        double[] px = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] py = ys.stream().mapToDouble(Double::doubleValue).toArray();
        XYSeries s = markers ? Plots.points(chart, name, px, py, null) : Plots.line(chart, name, px, py);
        if (markers) {
            s.setMarker(SeriesMarkers.CIRCLE);
        }
    }
}
