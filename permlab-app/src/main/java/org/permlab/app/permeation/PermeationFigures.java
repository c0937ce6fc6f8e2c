package org.permlab.app.permeation;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.permlab.app.plot.PlotStyle;
import org.permlab.app.plot.Plots;
import org.permlab.gas.GasDatabase;
import org.permlab.gas.Species;
import org.permlab.permeation.AcrossSamples;
import org.permlab.permeation.ConditionResult;
import org.permlab.gas.GasPair;
import org.permlab.permeation.MaterialRun;
import org.permlab.permeation.PairResult;
import org.permlab.permeation.RunReduction;

/** The charts of the permeation section: equivalents of the seed paper's Fig. 6a-e. */
final class PermeationFigures {

    private static final double GPU = PermeationViews.GPU;

    private PermeationFigures() {
    }

    private static double[] arr(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** "ZIF-62 glass membrane" -> "glass": the word that tells materials of one study apart, for legends. */
    static String shortName(String material) {
        String[] words = material.split("\\s+", -1);
        return words.length >= 3 ? words[words.length - 2] : material;
    }

    /** Fig. 6a: single-gas permeance vs kinetic diameter, log axis, with the Knudsen expectation scaled to He. */
    static Optional<XYChart> singleGas(List<MaterialRun> runs) {
        XYChart chart = Plots.logAxes(Plots.xy("Single gases", Plots.axisLabel("Kinetic diameter", "A"),
                Plots.axisLabel("Permeance", "GPU")), false, true);
        boolean any = false;
        int materials = 0;
        for (MaterialRun m : runs) {
            List<Double> d = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            List<Double> e = new ArrayList<>();
            Map<Species, Double> byGas = new LinkedHashMap<>();
            for (MaterialRun.Condition c : m.conditions()) {
                if (!c.singleGas()) {
                    continue;
                }
                for (MaterialRun.Species s : c.species()) {
                    Optional<Species> sp = GasDatabase.standard().find(s.gas());
                    if (sp.isEmpty() || s.permeance().isEmpty() || sp.get().property(
                            org.permlab.gas.GasProperty.KINETIC_DIAMETER).isEmpty()) {
                        continue;
                    }
                    AcrossSamples a = s.permeance().get();
                    d.add(sp.get().kineticDiameterM() / 1e-10);
                    p.add(a.mean().value() / GPU);
                    e.add(a.mean().sd() / GPU);
                    byGas.put(sp.get(), a.mean().value() / GPU);
                }
            }
            if (d.isEmpty()) {
                continue;
            }
            any = true;
            Color colour = PlotStyle.colour(materials++);
            XYSeries measured = Plots.points(chart, m.material(), arr(d), arr(p), arr(e));
            measured.setMarkerColor(colour);
            measured.setLineColor(colour);
            Optional<Species> he = byGas.keySet().stream().filter(s -> s.formula().equals("He")).findFirst();
            if (he.isPresent()) {
                // the Knudsen expectation of each gas, scaled to the measured He permeance: one mark per gas in the
                // material's colour (a line through gases of different mass would suggest a trend that is not there)
                List<Species> gases = new ArrayList<>(byGas.keySet());
                double[] x = gases.stream().mapToDouble(s -> s.kineticDiameterM() / 1e-10).toArray();
                double[] y = gases.stream().mapToDouble(s -> org.permlab.gas.Knudsen.expectedPermeance(he.get(),
                        byGas.get(he.get()), s)).toArray();
                XYSeries knudsen = Plots.points(chart, "Knudsen from He, " + shortName(m.material()), x, y, null);
                knudsen.setMarker(SeriesMarkers.CROSS);
                knudsen.setMarkerColor(colour);
            }
        }
        return any ? Optional.of(chart) : Optional.empty();
    }

    /** Fig. 6b: mixed-gas permeances at the first condition of each mixture, as bars. */
    static Optional<CategoryChart> mixedGas(List<MaterialRun> runs) {
        Map<String, Map<String, double[]>> byMaterial = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        for (MaterialRun m : runs) {
            if (m.series() == org.permlab.permeation.SeriesKind.PRESSURE
                    || m.series() == org.permlab.permeation.SeriesKind.STABILITY || m.conditions().isEmpty()) {
                continue;
            }
            double firstT = m.conditions().get(0).temperatureK();
            for (MaterialRun.Condition c : m.conditions()) {
                if (c.singleGas() || Math.abs(c.temperatureK() - firstT) > 2) {
                    continue;
                }
                String mixture = String.join("/", c.species().stream().map(MaterialRun.Species::gas).toList());
                for (MaterialRun.Species s : c.species()) {
                    if (s.permeance().isEmpty()) {
                        continue;
                    }
                    String cat = s.gas() + " in " + mixture;
                    if (!categories.contains(cat)) {
                        categories.add(cat);
                    }
                    AcrossSamples a = s.permeance().get();
                    byMaterial.computeIfAbsent(m.material(), k -> new LinkedHashMap<>()).putIfAbsent(cat,
                            new double[] {a.mean().value() / GPU, a.mean().sd() / GPU});
                }
            }
        }
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = Plots.bars("Equimolar mixtures", "Gas in mixture", Plots.axisLabel("Permeance", "GPU"));
        chart.getStyler().setYAxisLogarithmic(true);
        double min = Double.POSITIVE_INFINITY;
        for (var e : byMaterial.entrySet()) {
            for (double[] v : e.getValue().values()) {
                min = Math.min(min, v[0] - v[1]);
            }
        }
        // bars of a log axis start at the axis minimum, a decade below the lowest bar
        chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min)) - 1));
        for (var e : byMaterial.entrySet()) {
            List<Double> y = new ArrayList<>();
            List<Double> err = new ArrayList<>();
            for (String cat : categories) {
                double[] v = e.getValue().get(cat);
                y.add(v == null ? Double.NaN : v[0]);
                err.add(v == null ? 0.0 : v[1]);
            }
            chart.addSeries(e.getKey(), categories, y, err);
        }
        return Optional.of(chart);
    }

    /** Permeance or selectivity against temperature or pressure (Fig. 6c, 6d), error bars SD over samples. */
    static Optional<XYChart> series(List<MaterialRun> runs, org.permlab.permeation.SeriesKind kind,
            boolean selectivity) {
        boolean temperature = kind == org.permlab.permeation.SeriesKind.TEMPERATURE;
        String x = temperature ? Plots.axisLabel("Temperature", "K") : Plots.axisLabel("Feed pressure", "bar");
        String y = selectivity ? "Separation factor" : Plots.axisLabel("Permeance", "GPU");
        XYChart chart = Plots.xy((temperature ? "Temperature" : "Pressure") + " series", x, y);
        if (!selectivity) {
            Plots.logAxes(chart, false, true);
        }
        boolean any = false;
        for (MaterialRun m : runs) {
            if (m.series() != kind) {
                continue;
            }
            Map<String, List<double[]>> lines = new LinkedHashMap<>();
            for (MaterialRun.Condition c : m.conditions()) {
                double xv = temperature ? c.temperatureK() : c.feedPressurePa() / 1e5;
                if (selectivity) {
                    for (MaterialRun.Pair p : c.pairs()) {
                        p.value().ifPresent(a -> lines.computeIfAbsent(p.pair().toString(), k -> new ArrayList<>())
                                .add(new double[] {xv, a.mean().value(), a.mean().sd()}));
                    }
                } else {
                    String feed = c.species().stream().map(MaterialRun.Species::gas)
                            .collect(java.util.stream.Collectors.joining("/"));
                    for (MaterialRun.Species s : c.species()) {
                        s.permeance().ifPresent(a -> lines.computeIfAbsent(s.gas() + " (" + feed + " feed)",
                                k -> new ArrayList<>())
                                .add(new double[] {xv, a.mean().value() / GPU, a.mean().sd() / GPU}));
                    }
                }
            }
            for (var e : lines.entrySet()) {
                List<double[]> pts = e.getValue();
                String name = runs.stream().filter(r -> r.series() == kind).map(MaterialRun::material).distinct()
                        .count() > 1 ? e.getKey() + ", " + shortName(m.material()) : e.getKey();
                if (chart.getSeries(name) != null) {
                    name = name + ", " + m.run();
                }
                Plots.linePoints(chart, name, pts.stream().mapToDouble(v -> v[0])
                        .toArray(), pts.stream().mapToDouble(v -> v[1]).toArray(), pts.stream().mapToDouble(v -> v[2])
                        .toArray());
                any = true;
            }
        }
        return any ? Optional.of(chart) : Optional.empty();
    }

    /**
     * Fig. 6e: a long-term test against time, per sample, with the segments after the first shaded: the separation
     * factor of the first pair, or (when {@code gas} is given) that gas's permeance in GPU.
     */
    static Optional<XYChart> stability(MaterialRun m, List<RunReduction> samples, Optional<String> gas) {
        List<GasPair> pairs = new ArrayList<>();
        for (RunReduction r : samples) {
            for (ConditionResult c : r.conditions()) {
                for (PairResult p : c.pairs()) {
                    if (!pairs.contains(p.pair())) {
                        pairs.add(p.pair());
                    }
                }
            }
        }
        if (pairs.isEmpty() && gas.isEmpty()) {
            return Optional.empty();
        }
        String label = gas.map(g -> Plots.axisLabel(g + " permeance", "GPU"))
                .orElseGet(() -> pairs.get(0) + " separation factor");
        XYChart chart = Plots.xy(m.material() + ", " + m.run(), Plots.axisLabel("Time on stream", "h"), label);
        List<List<double[]>> perSample = new ArrayList<>();
        double top = 0;
        for (RunReduction r : samples) {
            List<double[]> pts = new ArrayList<>();
            for (ConditionResult c : r.conditions()) {
                double[] times = c.steadyTimesS();
                double[] vals;
                double scale;
                if (gas.isPresent()) {
                    Optional<org.permlab.permeation.SpeciesResult> s = c.species(gas.get())
                            .filter(x -> x.permeanceSi().isValue());
                    vals = s.map(org.permlab.permeation.SpeciesResult::steadyPermeanceSi).orElse(new double[0]);
                    scale = GPU;
                } else {
                    vals = c.pair(pairs.get(0)).map(PairResult::steadyValues).orElse(new double[0]);
                    scale = 1.0;
                }
                for (int j = 0; j < vals.length; j++) {
                    pts.add(new double[] {times[j] / 3600, vals[j] / scale});
                    top = Math.max(top, vals[j] / scale);
                }
            }
            perSample.add(pts);
        }
        if (top == 0) {
            return Optional.empty();
        }
        top *= 1.15;
        // shaded segments (every segment after the first), drawn first so the data lie on top
        Color[] shades = {new Color(230, 230, 230), new Color(205, 225, 240), new Color(245, 225, 205),
            new Color(215, 235, 215)};
        RunReduction first = samples.get(0);
        for (int k = 1; k < first.conditions().size(); k++) {
            ConditionResult c = first.conditions().get(k);
            double a = c.span().fromS() / 3600;
            double b = Double.isFinite(c.span().toS()) ? c.span().toS() / 3600 : c.steady().toS() / 3600;
            XYSeries s = chart.addSeries(c.label(), new double[] {a, b}, new double[] {top, top});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            s.setMarker(SeriesMarkers.NONE);
            s.setFillColor(shades[(k - 1) % shades.length]);
            s.setLineColor(shades[(k - 1) % shades.length]);
        }
        for (int i = 0; i < perSample.size(); i++) {
            List<double[]> pts = perSample.get(i);
            if (pts.isEmpty()) {
                continue;
            }
            XYSeries s = Plots.points(chart, i < m.samples().size() ? m.samples().get(i) : "sample " + i,
                    pts.stream().mapToDouble(v -> v[0]).toArray(), pts.stream().mapToDouble(v -> v[1]).toArray(),
                    null);
            s.setMarkerColor(org.permlab.app.plot.PlotStyle.colour(i));
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top);
        chart.getStyler().setMarkerSize(4);
        return Optional.of(chart);
    }
}
