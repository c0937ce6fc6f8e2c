package org.permlab.app.tradeoff;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.permlab.app.plot.PlotStyle;
import org.permlab.app.plot.Plots;
import org.permlab.app.text.Format;
import org.permlab.quantity.Measured;
import org.permlab.gas.GasPair;
import org.permlab.tradeoff.MembraneClass;
import org.permlab.tradeoff.PlacedPoint;
import org.permlab.tradeoff.TradeOffPoint;
import org.permlab.tradeoff.UpperBound;

/**
 * The two trade-off charts of a gas pair: permeability-selectivity (log-log, the bounds as lines) and
 * permeance-selectivity (the seed paper's Fig. 7), with the highlighted membranes in vermillion and a note that
 * the polymer bounds describe dense polymer films.
 */
public final class TradeoffCharts {

    /** The note every chart carries. */
    public static final String NOTE = "Upper bounds describe dense polymer films";

    private static final Marker[] HIGHLIGHT_MARKERS = {SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP,
        SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CIRCLE};
    private static final Color HIGHLIGHT = PlotStyle.colour(2);
    /** Taller than the default: the legend (two lines per highlighted membrane) sits below the plot. */
    private static final int HEIGHT = 600;

    private TradeoffCharts() {
    }

    /** How highlighted points are told apart from the literature. */
    public record Highlight(Predicate<TradeOffPoint> test, String name) {
    }

    /** Permeability of the fast gas (Barrer) against selectivity, both log, with every bound of the pair. */
    public static XYChart permeability(GasPair pair, List<PlacedPoint> points, List<UpperBound> bounds,
            Highlight highlight) {
        XYChart chart = Plots.xy(pair + ": permeability-selectivity",
                Plots.axisLabel(pair.fast() + " permeability", "Barrer"),
                Plots.axisLabel(pair + " selectivity", ""), PlotStyle.WIDTH, HEIGHT);
        List<Coordinates> placed = new ArrayList<>();
        for (PlacedPoint p : points) {
            p.permeabilityFastBarrer().ifPresent(x -> placed.add(new Coordinates(p.point(), x.value())));
        }
        Window w = window(placed, bounds.isEmpty() ? List.of() : bounds, true);
        for (UpperBound b : bounds) {
            line(chart, b.name() + " bound", b, w, 1.0);
        }
        plotPoints(chart, placed, highlight);
        finish(chart, w, NOTE);
        return chart;
    }

    /**
     * Permeance of the fast gas (GPU) against selectivity, both log (the seed's Fig. 7). Bounds are drawn only at a
     * stated reference thickness (permeance = P / l), since a permeance has no bound of its own.
     */
    public static XYChart permeance(GasPair pair, List<PlacedPoint> points, List<UpperBound> bounds,
            Optional<Double> boundThicknessM, Highlight highlight) {
        XYChart chart = Plots.xy(pair + ": permeance-selectivity",
                Plots.axisLabel(pair.fast() + " permeance", "GPU"), Plots.axisLabel(pair + " selectivity", ""),
                PlotStyle.WIDTH, HEIGHT);
        List<Coordinates> placed = new ArrayList<>();
        for (PlacedPoint p : points) {
            p.permeanceFastGpu().ifPresent(x -> placed.add(new Coordinates(p.point(), x.value())));
        }
        List<UpperBound> drawn = boundThicknessM.isPresent() ? bounds : List.of();
        Window w = window(placed, drawn, false);
        boundThicknessM.ifPresent(l -> {
            double um = l * 1e6;
            for (UpperBound b : bounds) {
                line(chart, b.name() + " bound at " + Format.sig(um, 3) + " um", b, w, 1.0 / um);
            }
        });
        plotPoints(chart, placed, highlight);
        finish(chart, w, boundThicknessM.isPresent() && !bounds.isEmpty()
                ? "Bounds: dense polymer films, drawn for a " + Format.sig(boundThicknessM.get() * 1e6, 3)
                        + " um layer"
                : "Upper bounds (dense polymer films) are permeabilities: none drawn here");
        return chart;
    }

    private record Coordinates(TradeOffPoint point, double x) {
    }

    private record Window(double xMin, double xMax, double yMin, double yMax) {
    }

    /** Decades around the points (or 1 to 1e5 without points), one decade of margin each side. */
    private static Window window(List<Coordinates> placed, List<UpperBound> bounds, boolean permeabilitySpace) {
        double xMin = 1, xMax = 1e5, yMin = 1, yMax = 100;
        if (!placed.isEmpty()) {
            double lo = placed.stream().mapToDouble(Coordinates::x).min().orElseThrow();
            double hi = placed.stream().mapToDouble(Coordinates::x).max().orElseThrow();
            xMin = Math.pow(10, Math.floor(Math.log10(lo)) - 1);
            xMax = Math.pow(10, Math.ceil(Math.log10(hi)) + 1);
            double aLo = placed.stream().mapToDouble(c -> c.point().selectivity().value()).min().orElseThrow();
            double aHi = placed.stream().mapToDouble(c -> c.point().selectivity().value()).max().orElseThrow();
            yMin = Math.min(1, Math.pow(10, Math.floor(Math.log10(aLo))));
            yMax = Math.pow(10, Math.ceil(Math.log10(aHi)) + 1);
        } else if (permeabilitySpace && !bounds.isEmpty()) {
            double atTen = org.permlab.quantity.Units.BARRER.toSi(10, org.permlab.quantity.ReferenceState.NORMAL);
            double top = bounds.stream().mapToDouble(b -> b.selectivityAt(atTen)).max().orElse(100);
            yMax = Math.pow(10, Math.ceil(Math.log10(top)));
        }
        return new Window(xMin, xMax, yMin, yMax);
    }

    /** A bound as a line, sampled log-evenly and clipped to the window; {@code scale} converts Barrer to the axis. */
    private static void line(XYChart chart, String name, UpperBound b, Window w, double scale) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int n = 200;
        for (int i = 0; i <= n; i++) {
            double x = w.xMin() * Math.pow(w.xMax() / w.xMin(), i / (double) n);
            double perm = x / scale; // Barrer on the bound
            double alpha = b.selectivityAt(org.permlab.quantity.Units.BARRER.toSi(perm,
                    org.permlab.quantity.ReferenceState.NORMAL));
            if (alpha >= w.yMin() && alpha <= w.yMax()) {
                xs.add(x);
                ys.add(alpha);
            }
        }
        if (xs.size() < 2) {
            return;
        }
        XYSeries s = Plots.line(chart, name, xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray());
        s.setLineColor(Color.BLACK);
        s.setLineStyle(stroke(b.year()));
    }

    private static BasicStroke stroke(int year) {
        return switch (year) {
            case 1991 -> new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {2f, 3f}, 0f);
            case 2015 -> new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {7f, 4f}, 0f);
            case 2019 -> new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {9f, 3f, 2f, 3f}, 0f);
            default -> new BasicStroke(1.5f);
        };
    }

    private static void plotPoints(XYChart chart, List<Coordinates> placed, Highlight highlight) {
        Map<MembraneClass, List<Coordinates>> byClass = new LinkedHashMap<>();
        List<Coordinates> highlighted = new ArrayList<>();
        for (Coordinates c : placed) {
            if (highlight.test().test(c.point())) {
                highlighted.add(c);
            } else {
                byClass.computeIfAbsent(c.point().materialClass(), k -> new ArrayList<>()).add(c);
            }
        }
        int i = 0;
        for (Map.Entry<MembraneClass, List<Coordinates>> e : byClass.entrySet()) {
            XYSeries s = series(chart, e.getKey().label(), e.getValue());
            s.setMarkerColor(PlotStyle.colour(1 + (i % 2 == 0 ? i : i + 1) % (PlotStyle.colours() - 1)));
            s.setMarker(PlotStyle.marker(i));
            i++;
        }
        // one series per highlighted membrane and gas mode: a temperature series is one legend entry, not one per
        // point (the permeation section publishes a point per condition)
        // XChart cuts a legend line at 45 % of the chart width, so the label takes two lines: membrane, then
        // origin, gas mode and temperatures
        Map<String, List<Coordinates>> byMembrane = new LinkedHashMap<>();
        for (Coordinates c : highlighted) {
            byMembrane.computeIfAbsent(c.point().label() + "\n" + highlight.name() + ", " + mode(c.point()),
                    k -> new ArrayList<>()).add(c);
        }
        int j = 0;
        for (Map.Entry<String, List<Coordinates>> e : byMembrane.entrySet()) {
            XYSeries s = series(chart, e.getKey() + temperatures(e.getValue()), e.getValue());
            s.setMarkerColor(HIGHLIGHT);
            s.setMarker(HIGHLIGHT_MARKERS[j % HIGHLIGHT_MARKERS.length]);
            j++;
        }
    }

    private static String mode(TradeOffPoint p) {
        return p.kind() == org.permlab.permeation.SelectivityKind.IDEAL ? "single gas" : "mixed gas";
    }

    /** {@code , 303 K} for one temperature, {@code , 303-423 K} for a series, nothing when unknown. */
    private static String temperatures(List<Coordinates> points) {
        var ts = points.stream().flatMap(c -> c.point().temperatureK().stream()).mapToDouble(Double::doubleValue)
                .summaryStatistics();
        if (ts.getCount() == 0) {
            return "";
        }
        return ts.getMin() == ts.getMax() ? ", " + Format.sig(ts.getMin(), 3) + " K"
                : ", " + Format.sig(ts.getMin(), 3) + "-" + Format.sig(ts.getMax(), 3) + " K";
    }

    private static XYSeries series(XYChart chart, String name, List<Coordinates> points) {
        String unique = name;
        for (int k = 2; chart.getSeries(unique) != null; k++) {
            unique = name + " (" + k + ")";
        }
        double[] x = points.stream().mapToDouble(Coordinates::x).toArray();
        double[] y = points.stream().mapToDouble(c -> c.point().selectivity().value()).toArray();
        Function<Coordinates, Measured> sel = c -> c.point().selectivity();
        boolean errors = points.stream().anyMatch(c -> sel.apply(c).sd() > 0)
                && points.stream().allMatch(c -> sel.apply(c).sd() < sel.apply(c).value());
        double[] err = errors ? points.stream().mapToDouble(c -> sel.apply(c).sd()).toArray() : null;
        return Plots.points(chart, unique, x, y, err);
    }

    private static void finish(XYChart chart, Window w, String note) {
        Plots.logAxes(chart, true, true);
        // the legend names are long (membrane, temperature, gas mode): below the plot, the plot keeps its width
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setXAxisMin(w.xMin());
        chart.getStyler().setXAxisMax(w.xMax());
        chart.getStyler().setYAxisMin(w.yMin());
        chart.getStyler().setYAxisMax(w.yMax());
        chart.getStyler().setAnnotationTextPanelBorderColor(Color.WHITE);
        chart.getStyler().setAnnotationTextPanelBackgroundColor(new Color(255, 255, 255, 0));
        chart.getStyler().setAnnotationTextPanelFont(new java.awt.Font("DejaVu Sans", java.awt.Font.ITALIC, 10));
        chart.addAnnotation(new AnnotationTextPanel(note, w.xMin(), w.yMin(), false));
    }
}
