package org.permlab.app.permeation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.app.cli.Batch;
import org.permlab.app.plot.FigureFiles;
import org.permlab.app.report.Html;
import org.permlab.app.report.ReportContext;
import org.permlab.app.report.LegacySection;
import org.permlab.app.report.SectionOutput;
import org.permlab.app.text.Format;
import org.permlab.error.InvalidInputException;
import org.permlab.io.study.DataFile;
import org.permlab.io.study.DataKind;
import org.permlab.io.study.Study;
import org.permlab.io.tree.MapNode;
import org.permlab.permeation.AcrossSamples;
import org.permlab.permeation.FeedSideMode;
import org.permlab.permeation.MaterialRun;
import org.permlab.permeation.MaterialTable;
import org.permlab.permeation.PerformancePoint;
import org.permlab.permeation.ReductionSettings;
import org.permlab.permeation.RunReduction;
import org.permlab.permeation.SelectivityBasis;
import org.permlab.permeation.SelectivityKind;
import org.permlab.permeation.SeriesKind;
import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.result.Conventions;

/**
 * The study's permeation section (order 500): every rig log reduced, combined per material (mean over samples, SD
 * over samples), the seed's Fig. 6a-e equivalents, a results table, and {@link PerformancePoint}s for the
 * trade-off and process sections.
 */
public final class PermeationSection implements LegacySection {

    /** The section's results in results.json. */
    public record Results(List<MaterialTable.PermeanceRow> permeances, List<MaterialTable.SelectivityRow> selectivities,
            List<MaterialTable.EaRow> activationEnergies, List<MaterialTable.RecoveryRow> recoveries,
            List<MaterialTable.StabilityRow> stability, List<PointView> performancePoints,
            List<PermeationViews.RunView> runs, List<PermeationViews.FailureView> problems,
            Conventions conventions) {
    }

    /** A published performance point, as written to results.json. */
    public record PointView(String membrane, String material, String fast, String slow, String kind,
            double temperatureK, double feedPressurePa, double permeanceFastGpu, double permeanceFastGpuSd,
            double permeanceSlowGpu, double permeanceSlowGpuSd, double selectivity, double selectivitySd) {
    }

    @Override
    public String id() {
        return "permeation";
    }

    @Override
    public String title() {
        return "Gas permeation (Wicke-Kallenbach)";
    }

    @Override
    public int order() {
        return 500;
    }

    private record Group(String run, String material, List<StudyRuns.Reduced> samples) {
    }

    @Override
    public SectionOutput render(ReportContext context) {
        Study study = context.study();
        MapNode settings = context.settings().allowOnly("feed_side", "basis");
        Optional<FeedSideMode> feedSide = settings.optWorded("feed_side", FeedSideMode.class);
        Optional<SelectivityBasis> basis = settings.optWorded("basis", SelectivityBasis.class);
        List<DataFile> logs = study.data(DataKind.RIG_LOG);
        if (logs.isEmpty()) {
            throw settings.error("the study lists no rig-log data files for the permeation analysis");
        }
        List<Batch.Outcome<DataFile, StudyRuns.Reduced>> outcomes = Batch.run(logs, d -> StudyRuns.reduce(study, d,
                feedSide, basis), "rig logs", null, 0);
        List<PermeationViews.FailureView> problems = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Batch.Outcome<DataFile, StudyRuns.Reduced> o : outcomes) {
            if (o.bug()) {
                throw new IllegalStateException(o.error().orElse("a bug") + " (rig log " + o.item().id() + ")");
            }
            if (o.result().isEmpty()) {
                problems.add(new PermeationViews.FailureView(o.item().id(), o.error().orElse("")));
                context.skipped("rig log " + o.item().id() + " not used: " + o.error().orElse(""));
                continue;
            }
            StudyRuns.Reduced r = o.result().get();
            for (var f : r.reduction().failures()) {
                problems.add(new PermeationViews.FailureView(o.item().id() + ": " + f.label(), f.message()));
                context.skipped("rig log " + o.item().id() + ", " + f.label() + " not used: " + f.message());
            }
            String key = r.reduction().run().id() + "\u0000" + r.sample().material();
            groups.computeIfAbsent(key, k -> new Group(r.reduction().run().id(), r.sample().material(),
                    new ArrayList<>())).samples().add(r);
        }
        if (groups.isEmpty()) {
            throw InvalidInputException.of(study.source(), "no rig log of the study could be reduced; first problem: "
                    + problems.get(0).condition() + ": " + problems.get(0).message());
        }
        List<MaterialRun> materials = new ArrayList<>();
        Map<MaterialRun, Group> groupOf = new LinkedHashMap<>();
        List<MaterialTable.PermeanceRow> permeances = new ArrayList<>();
        List<MaterialTable.SelectivityRow> selectivities = new ArrayList<>();
        List<MaterialTable.EaRow> ea = new ArrayList<>();
        List<MaterialTable.RecoveryRow> recoveries = new ArrayList<>();
        List<MaterialTable.StabilityRow> stability = new ArrayList<>();
        List<PointView> points = new ArrayList<>();
        for (Group g : groups.values()) {
            List<String> ids = g.samples().stream().map(s -> s.sample().id()).toList();
            MaterialRun m = MaterialRun.of(g.run(), g.material(), ids, g.samples().stream()
                    .map(StudyRuns.Reduced::reduction).toList());
            materials.add(m);
            groupOf.put(m, g);
            Optional<Measured> thickness = g.samples().get(0).sample().thicknessM();
            MaterialTable table = MaterialTable.of(m, thickness);
            permeances.addAll(table.permeances());
            selectivities.addAll(table.selectivities());
            ea.addAll(table.activationEnergies());
            recoveries.addAll(table.recoveries());
            stability.addAll(table.stability());
            for (PerformancePoint p : performancePoints(m, g, thickness)) {
                context.facts().publish(p);
                points.add(new PointView(p.membrane(), p.material(), p.fast(), p.slow(), p.kind().word(),
                        p.temperatureK(), p.feedPressurePa(), p.permeanceFastSi().value() / PermeationViews.GPU,
                        p.permeanceFastSi().sd() / PermeationViews.GPU, p.permeanceSlowSi().value()
                                / PermeationViews.GPU, p.permeanceSlowSi().sd() / PermeationViews.GPU,
                        p.selectivity().value(), p.selectivity().sd()));
            }
        }
        List<PermeationViews.RunView> runs = new ArrayList<>();
        ReductionSettings used = ReductionSettings.DEFAULT;
        for (Group g : groups.values()) {
            for (StudyRuns.Reduced r : g.samples()) {
                runs.add(PermeationViews.of(r.reduction()));
                used = r.reduction().settings();
            }
        }
        Conventions conventions = used.conventions(groups.values().iterator().next().samples().get(0).reduction()
                .run().flowReference()).with(MaterialRun.ACROSS_SAMPLES).with(MaterialRun.ACTIVATION_ENERGY);
        String html = html(context, materials, groupOf, permeances, selectivities, ea, recoveries, stability, points,
                problems, used);
        return new SectionOutput(new Results(permeances, selectivities, ea, recoveries, stability, points, runs,
                problems, conventions), html);
    }

    /** "ZIF-62 glass membrane (G-M1..3)": the material with its samples. */
    static String membraneName(String material, List<String> ids) {
        if (ids.size() > 1) {
            String first = ids.get(0);
            String prefix = first.replaceAll("\\d+$", "");
            boolean numbered = ids.stream().allMatch(i -> i.startsWith(prefix) && i.substring(prefix.length())
                    .matches("\\d+"));
            if (numbered && !prefix.equals(first)) {
                return material + " (" + first + ".." + ids.get(ids.size() - 1).substring(prefix.length()) + ")";
            }
        }
        return material + " (" + String.join(", ", ids) + ")";
    }

    /**
     * Ideal selectivities (single-gas runs), and separation factors of mixed-gas runs that are not pressure or
     * long-term series (so the 303 K mixtures and every temperature of a temperature series).
     */
    static List<PerformancePoint> performancePoints(MaterialRun m, Group g, Optional<Measured> thickness) {
        List<PerformancePoint> out = new ArrayList<>();
        String name = membraneName(m.material(), m.samples());
        for (MaterialRun.Pair p : m.ideal()) {
            if (p.value().isEmpty()) {
                continue;
            }
            String[] conds = p.condition().split(" / ", -1);
            Optional<AcrossSamples> fast = findSingle(m, conds[0], p.pair().fast());
            Optional<AcrossSamples> slow = findSingle(m, conds.length > 1 ? conds[1] : "", p.pair().slow());
            if (fast.isPresent() && slow.isPresent()) {
                out.add(new PerformancePoint(name, m.material(), p.pair().fast(), p.pair().slow(), fast.get().mean(),
                        slow.get().mean(), p.value().get().mean(), SelectivityKind.IDEAL, p.temperatureK(),
                        p.feedPressurePa(), thickness));
            }
        }
        if (m.series() == SeriesKind.PRESSURE || m.series() == SeriesKind.STABILITY) {
            return out;
        }
        for (MaterialRun.Condition c : m.conditions()) {
            for (MaterialRun.Pair p : c.pairs()) {
                Optional<AcrossSamples> fast = c.species(p.pair().fast()).flatMap(MaterialRun.Species::permeance);
                Optional<AcrossSamples> slow = c.species(p.pair().slow()).flatMap(MaterialRun.Species::permeance);
                if (p.value().isPresent() && fast.isPresent() && slow.isPresent()) {
                    out.add(new PerformancePoint(name, m.material(), p.pair().fast(), p.pair().slow(),
                            fast.get().mean(), slow.get().mean(), p.value().get().mean(),
                            SelectivityKind.SEPARATION_FACTOR, c.temperatureK(), c.feedPressurePa(), thickness));
                }
            }
        }
        return out;
    }

    private static Optional<AcrossSamples> findSingle(MaterialRun m, String label, String gas) {
        return m.conditions().stream().filter(c -> c.label().equals(label)).findFirst().flatMap(c -> c.species(gas))
                .flatMap(MaterialRun.Species::permeance);
    }

    private static String html(ReportContext context, List<MaterialRun> materials, Map<MaterialRun, Group> groupOf,
            List<MaterialTable.PermeanceRow> permeances, List<MaterialTable.SelectivityRow> selectivities,
            List<MaterialTable.EaRow> ea, List<MaterialTable.RecoveryRow> recoveries,
            List<MaterialTable.StabilityRow> stability, List<PointView> points,
            List<PermeationViews.FailureView> problems, ReductionSettings used) {
        StringBuilder sb = new StringBuilder();
        int nLogs = groupOf.values().stream().mapToInt(g -> g.samples().size()).sum();
        sb.append(Html.p(nLogs + " rig logs reduced with the closed sweep balance (CONVENTIONS §3), "
                + materials.size() + " experiments. Values are the mean over the samples of a material; error bars "
                + "and ± are the SD over samples (as in the seed's Fig. 6), and the pooled SD over steady injections "
                + "is in results.json."));
        String bars = "Error bars: SD over samples.";
        PermeationFigures.singleGas(materials).ifPresent(c -> sb.append(figure(context, c, "fig6a-single-gas",
                "Single-gas permeance at the first temperature of each run vs kinetic diameter (Breck), log axis; lines: "
                        + "Knudsen selectivity sqrt(M_He/M_i) applied to each material's He permeance. " + bars)));
        PermeationFigures.mixedGas(materials).ifPresent(c -> sb.append(figure(context, c, "fig6b-mixed-gas",
                "Equimolar mixed-gas permeances at the first temperature of each run. " + bars)));
        PermeationFigures.series(materials, SeriesKind.TEMPERATURE, false).ifPresent(c -> sb.append(figure(context,
                c, "fig6c-permeance-vs-temperature", "Mixed-gas permeance vs temperature. " + bars)));
        PermeationFigures.series(materials, SeriesKind.TEMPERATURE, true).ifPresent(c -> sb.append(figure(context,
                c, "fig6c-selectivity-vs-temperature", "Separation factor (" + used.basis().word()
                        + " basis) vs temperature. " + bars)));
        PermeationFigures.series(materials, SeriesKind.PRESSURE, false).ifPresent(c -> sb.append(figure(context, c,
                "fig6d-permeance-vs-pressure", "Permeance vs feed pressure, in the order measured (the last point "
                        + "is the return to low pressure). " + bars)));
        PermeationFigures.series(materials, SeriesKind.PRESSURE, true).ifPresent(c -> sb.append(figure(context, c,
                "fig6d-selectivity-vs-pressure", "Separation factor vs feed pressure, in the order measured. "
                        + bars)));
        int k = 0;
        for (MaterialRun m : materials) {
            if (m.series() != SeriesKind.STABILITY) {
                continue;
            }
            int n = ++k;
            List<RunReduction> samples = groupOf.get(m).samples().stream().map(StudyRuns.Reduced::reduction)
                    .toList();
            PermeationFigures.stability(m, samples, Optional.empty()).ifPresent(c -> sb.append(figure(context, c,
                    "fig6e-stability-" + n, "Long-term test " + m.run() + ": separation factor of each steady "
                            + "injection of each sample; shaded: the segments after the first (the legend names them).")));
            PermeationFigures.stability(m, samples, Optional.of("He")).ifPresent(c -> sb.append(figure(context, c,
                    "fig6e-stability-" + n + "-He", "Long-term test " + m.run() + ": He permeance of each steady "
                            + "injection of each sample; shaded as above.")));
        }
        sb.append(Html.h3("Permeances (mean ± SD over samples)"));
        List<List<String>> rows = new ArrayList<>();
        for (MaterialTable.PermeanceRow r : permeances) {
            rows.add(List.of(r.material(), r.run(), r.condition(), Format.fixed(r.temperatureK(), 1),
                    Format.fixed(r.feedPressurePa() / 1e5, 2), r.gas(), r.permeanceGpu().isPresent()
                            ? Format.measured(r.permeanceGpu().get().value(), r.permeanceGpu().get().sd())
                            : "< " + Format.sig(r.upperBoundGpu().orElse(Double.NaN), 3),
                    r.permeanceSdInjectionsGpu().map(v -> Format.sig(v, 2)).orElse(""),
                    r.permeabilityBarrer().map(v -> Format.measured(v.value(), v.sd())).orElse(""),
                    String.valueOf(r.nSamples())));
        }
        sb.append(Html.table(List.of("Material", "Run", "Condition", "T (K)", "p feed (bar)", "Gas",
                "Permeance (GPU)", "pooled SD over injections (GPU)", "Permeability (Barrer)", "Samples"), rows));
        sb.append(Html.h3("Selectivities (mean ± SD over samples)"));
        rows = new ArrayList<>();
        for (MaterialTable.SelectivityRow r : selectivities) {
            String v = r.selectivity().map(x -> Format.measured(x.value(), x.sd())).orElseGet(() ->
                    r.lowerBound().map(b -> "> " + Format.sig(b, 3)).orElseGet(() -> r.upperBound()
                            .map(b -> "< " + Format.sig(b, 3)).orElse("-")));
            rows.add(List.of(r.material(), r.run(), r.condition(), Format.fixed(r.temperatureK(), 1),
                    Format.fixed(r.feedPressurePa() / 1e5, 2), r.pair(), r.kind().label()
                            + r.basis().map(b -> " (" + b + ")").orElse(""), v, Format.fixed(r.knudsen(), 4)));
        }
        sb.append(Html.table(List.of("Material", "Run", "Condition", "T (K)", "p feed (bar)", "Pair", "Kind",
                "Selectivity", "Knudsen"), rows));
        if (!ea.isEmpty()) {
            sb.append(Html.h3("Activation energies (Arrhenius, ln P vs 1/T)"));
            rows = new ArrayList<>();
            for (MaterialTable.EaRow r : ea) {
                rows.add(List.of(r.material(), r.run(), r.gas(), Format.measured(r.activationEnergyKjPerMol(),
                        r.activationEnergySeKjPerMol()), Format.sig(r.activationEnergySdOverSamplesKjPerMol(), 2),
                        String.join(", ", r.samples().stream().map(s -> s.sample() + " " + Format.measured(
                                s.activationEnergyKjPerMol(), s.activationEnergySeKjPerMol())).toList())));
            }
            sb.append(Html.table(List.of("Material", "Run", "Gas", "Ea (kJ/mol, ± SE)", "SD over samples (kJ/mol)",
                    "per sample (kJ/mol)"), rows));
            sb.append(Html.note("Each sample: weighted least squares of ln P against 1/T, weights from the standard "
                    + "uncertainty of each condition's mean; SE widened by the Birge ratio when above 1. Material: "
                    + "inverse-variance weighted mean of the samples."));
        }
        if (!recoveries.isEmpty()) {
            sb.append(Html.h3("Pressure series: recovery on return to low pressure"));
            rows = new ArrayList<>();
            for (MaterialTable.RecoveryRow r : recoveries) {
                rows.add(List.of(r.material(), r.run(), r.quantity(), Format.measured(r.atPeakRatio().value(),
                        r.atPeakRatio().sd()), Format.measured(r.recoveryRatio().value(), r.recoveryRatio().sd())));
            }
            sb.append(Html.table(List.of("Material", "Run", "Quantity", "at peak / start", "recovery ratio "
                    + "(return / start)"), rows));
        }
        if (!stability.isEmpty()) {
            sb.append(Html.h3("Long-term stability"));
            rows = new ArrayList<>();
            for (MaterialTable.StabilityRow r : stability) {
                rows.add(List.of(r.material(), r.run(), r.segment(), r.quantity(), Format.measured(r.mean().value(),
                        r.mean().sd()) + " " + (r.unit().equals("1") ? "" : r.unit()),
                        Format.measured(r.driftPerHundredHours().value(), r.driftPerHundredHours().sd()),
                        Format.measured(r.ratioToFirst().value(), r.ratioToFirst().sd()),
                        r.samplesDifferingFromFirst() + " of " + r.nSamples()));
            }
            sb.append(Html.table(List.of("Material", "Run", "Segment", "Quantity", "Mean ± SD over samples",
                    "Drift per 100 h (mean ± SD over samples)", "Ratio to first segment",
                    "Samples differing from the first (Welch p < 0.05)"), rows));
        }
        sb.append(Html.h3("Published for the trade-off and process sections"));
        rows = new ArrayList<>();
        for (PointView p : points) {
            rows.add(List.of(p.membrane(), p.fast() + "/" + p.slow(), p.kind().replace('_', ' '),
                    Format.fixed(p.temperatureK(), 1), Format.measured(p.permeanceFastGpu(), p.permeanceFastGpuSd()),
                    Format.measured(p.selectivity(), p.selectivitySd())));
        }
        sb.append(Html.table(List.of("Membrane", "Pair", "Kind", "T (K)", "Fast-gas permeance (GPU)",
                "Selectivity"), rows));
        if (!problems.isEmpty()) {
            sb.append(Html.h3("Not reduced"));
            StringBuilder list = new StringBuilder("<ul>\n");
            problems.forEach(p -> list.append("<li>").append(Html.esc(p.condition() + ": " + p.message()))
                    .append("</li>\n"));
            sb.append(list.append("</ul>\n"));
        }
        sb.append(Html.note("Conventions: closed sweep balance F_out = F_sweep/(1 - sum y), N_i = y_i F_out, "
                + "P_i = N_i/(A (p_i - y_i p_perm)); feed side " + used.feedSide().word() + "; separation factors on "
                + "the " + used.basis().word() + " basis; stage cut sum N_i/F_feed in results.json; MFC volumes at "
                + "the reference state of each run (0 C, 1 atm unless stated); 1 GPU = "
                + Format.sig(Units.GPU.toSi(1, ReferenceState.NORMAL), 5) + " mol m-2 s-1 Pa-1; a gas below the GC detection limit gives a bound. Steady injections detected per "
                + "condition (docs/permeation.md)."));
        return sb.toString();
    }

    private static String figure(ReportContext context, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart,
            String name, String caption) {
        FigureFiles f = context.figure(chart, name);
        return Html.figure(context, f, caption);
    }

}
