package org.permlab.app.tradeoff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.permlab.app.plot.FigureFiles;
import org.permlab.app.report.Html;
import org.permlab.app.report.ReportContext;
import org.permlab.app.report.LegacySection;
import org.permlab.app.report.SectionOutput;
import org.permlab.app.text.Format;
import org.permlab.error.InvalidInputException;
import org.permlab.io.study.DataFile;
import org.permlab.io.study.DataKind;
import org.permlab.io.tradeoff.LiteraturePoints;
import org.permlab.io.tradeoff.LiteraturePointsReader;
import org.permlab.io.tradeoff.SkippedRow;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Node;
import org.permlab.permeation.PerformancePoint;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.result.Conventions;
import org.permlab.gas.GasPair;
import org.permlab.tradeoff.MembraneClass;
import org.permlab.tradeoff.TradeOff;
import org.permlab.tradeoff.TradeOffPoint;
import org.permlab.tradeoff.UpperBound;
import org.permlab.tradeoff.UpperBounds;

/**
 * The study's membranes on the trade-off plots, against the upper bounds and the literature (the seed paper's
 * Fig. 7). Settings under {@code analyses.tradeoff}: {@code pairs} (default: the pairs of the permeation results, or
 * of the highlighted rows), {@code bundled} (the bundled literature set, default true), {@code highlight} (the group
 * of rows to highlight when the report has no permeation results, default {@code seed}) and
 * {@code bound_thickness} (draw the bounds in the permeance plot for this layer thickness). Data files of kind
 * {@code literature-points} add the user's own rows.
 */
public final class TradeoffSection implements LegacySection {

    /** The section's results. */
    public record TradeoffResults(String highlighted, List<String> literatureFiles, List<PairResult> pairs,
            List<String> skippedRows, Conventions conventions) {
        public TradeoffResults {
            literatureFiles = List.copyOf(literatureFiles);
            pairs = List.copyOf(pairs);
            skippedRows = List.copyOf(skippedRows);
        }
    }

    @Override
    public String id() {
        return "tradeoff";
    }

    @Override
    public String title() {
        return "Trade-off plots";
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public SectionOutput render(ReportContext context) {
        MapNode settings = context.settings().allowOnly("pairs", "bundled", "highlight", "bound_thickness");
        boolean bundled = settings.bool("bundled", true);
        String group = settings.string("highlight", "seed");
        Optional<Double> boundThicknessM = settings.optPositiveMeasured("bound_thickness", Dimension.LENGTH,
                ReferenceState.NORMAL).map(Measured::value);

        List<TradeOffPoint> points = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        List<String> files = new ArrayList<>();
        if (bundled) {
            LiteraturePoints b = LiteraturePointsReader.readBundled();
            points.addAll(b.points());
            skipped.addAll(b.skipped());
            files.add(b.source());
        }
        for (DataFile f : context.study().data(DataKind.LITERATURE_POINTS)) {
            f.options().allowOnly();
            String name = context.study().directory().relativize(f.path()).toString().replace('\\', '/');
            LiteraturePoints read = LiteraturePointsReader.read(f.path(), name);
            points.addAll(read.points());
            skipped.addAll(read.skipped());
            files.add(name);
        }
        List<PerformancePoint> facts = context.facts().all(PerformancePoint.class);
        // a study membrane's class is the one its samples give (study.yaml `class`), when they agree
        Map<String, Set<MembraneClass>> classes = new HashMap<>();
        context.study().samples().forEach(s -> classes.computeIfAbsent(s.material(), k -> new HashSet<>())
                .add(s.layerClass().orElse(MembraneClass.UNSPECIFIED)));
        facts.forEach(f -> {
            Set<MembraneClass> c = classes.getOrDefault(f.material(), Set.of());
            points.add(TradeOffPoint.of(f, c.size() == 1 ? c.iterator().next() : MembraneClass.UNSPECIFIED));
        });

        Predicate<TradeOffPoint> highlight;
        String highlighted;
        String highlightName;
        if (!facts.isEmpty()) {
            highlight = TradeOffPoint::isStudy;
            highlighted = "this study's membranes, from the permeation results of this report";
            highlightName = "this study";
        } else {
            highlight = p -> group.equals(p.group());
            highlighted = "no permeation results in this report: the rows of group '" + group
                    + "' of the literature data (for 'seed', the seed paper's own results) stand in for the study's "
                    + "membranes";
            highlightName = group;
        }
        List<GasPair> pairs = pairs(settings, points, highlight);
        UpperBounds bounds = UpperBounds.standard();
        TradeoffCharts.Highlight hl = new TradeoffCharts.Highlight(highlight, highlightName);

        StringBuilder html = new StringBuilder();
        html.append(Html.p("Highlighted: " + highlighted + ". Literature: " + String.join(", ", files) + "."));
        List<PairResult> results = new ArrayList<>();
        for (GasPair pair : pairs) {
            PairPlacement placement = PairPlacement.of(pair, points, bounds);
            String slug = pair.toString().toLowerCase(Locale.ROOT).replace('/', '-');
            html.append(Html.h3(pair.toString()));
            List<String> figures = new ArrayList<>();
            FigureFiles perm = context.figure(TradeoffCharts.permeability(pair, placement.placed(),
                    placement.bounds(), hl), slug + "-permeability");
            FigureFiles perme = context.figure(TradeoffCharts.permeance(pair, placement.placed(),
                    placement.bounds(), boundThicknessM, hl), slug + "-permeance");
            figures.add(context.relative(perm.svg()));
            figures.add(context.relative(perme.svg()));
            html.append(Html.figure(context, perm, pair + ": " + pair.fast() + " permeability against " + pair
                    + " selectivity, log-log, with " + boundList(placement.bounds())
                    + ". The bounds describe dense polymer films; a MOF or glass layer is placed through its "
                    + "selective-layer thickness."));
            html.append(Html.figure(context, perme, pair + ": " + pair.fast() + " permeance against " + pair
                    + " selectivity (as the seed paper's Fig. 7)"
                    + boundThicknessM.map(l -> ", bounds drawn for a " + Format.sig(l * 1e6, 3) + " um layer")
                            .orElse("; a permeance has no upper bound of its own, so none is drawn") + "."));
            if (placement.placed().isEmpty()) {
                html.append(Html.note("No point for " + pair + " in the data."));
            } else {
                html.append(Html.table(placement.headerWithSource(), placement.rowsWithSource()));
                html.append(Html.note("* converted through the layer thickness (1 GPU x 1 um = 1 Barrer). d = P / "
                        + "(k alpha^n): 1 on the bound, above 1 above it; gap = alpha - alpha_UB(P) at equal "
                        + "permeability. Uncertainties are one standard deviation (first order)."));
            }
            placement.notPlotted().forEach(n -> html.append(Html.note("Note: " + n)));
            results.add(placement.result(figures));
        }
        if (pairs.isEmpty()) {
            html.append(Html.p("No gas pair to plot: the report has no permeation results and no literature row of "
                    + "group '" + group + "'; name pairs under analyses.tradeoff.pairs."));
        }
        for (SkippedRow s : skipped) {
            html.append(Html.note("Skipped row: " + s.message()));
        }
        html.append(Html.h3("Upper bounds used"));
        List<List<String>> rows = new ArrayList<>();
        Set<UpperBound> used = new LinkedHashSet<>();
        pairs.forEach(p -> used.addAll(bounds.forPair(p)));
        for (UpperBound b : used) {
            rows.add(List.of(b.pair().toString(), b.name(), b.form().asPublished(), b.source().text(), b.basis()));
        }
        html.append(Html.table(List.of("Pair", "Bound", "As published (k in Barrer)", "Source", "Checked against"),
                rows));
        return new SectionOutput(new TradeoffResults(highlighted, files, results,
                skipped.stream().map(SkippedRow::message).toList(), TradeOff.conventions()), html.toString());
    }

    private static String boundList(List<UpperBound> bounds) {
        if (bounds.isEmpty()) {
            return "no bundled upper bound for this pair";
        }
        return "the " + String.join(", ", bounds.stream().map(UpperBound::name).toList()) + " upper bound"
                + (bounds.size() > 1 ? "s" : "");
    }

    private static List<GasPair> pairs(MapNode settings, List<TradeOffPoint> points,
            Predicate<TradeOffPoint> highlight) {
        Set<GasPair> pairs = new LinkedHashSet<>();
        for (Node n : settings.listOrEmpty("pairs")) {
            try {
                pairs.add(GasPair.parse(n.asScalar().string()));
            } catch (InvalidInputException e) {
                if (e.source().isPresent()) {
                    throw e;
                }
                throw n.relocate(e);
            }
        }
        if (pairs.isEmpty()) {
            points.stream().filter(highlight).forEach(p -> pairs.add(p.pair()));
        }
        return List.copyOf(pairs);
    }
}
