package org.permlab.app.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.app.plot.FigureFiles;
import org.permlab.app.report.Html;
import org.permlab.app.report.ReportContext;
import org.permlab.app.report.LegacySection;
import org.permlab.app.report.SectionOutput;
import org.permlab.app.text.Format;
import org.permlab.error.InvalidInputException;
import org.permlab.io.process.FlowsheetFile;
import org.permlab.io.process.FlowsheetReader;
import org.permlab.io.process.ProcessCase;
import org.permlab.io.process.ProcessCaseReader;
import org.permlab.io.study.DataFile;
import org.permlab.io.study.DataKind;
import org.permlab.io.study.Study;
import org.permlab.io.tree.ListNode;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Node;
import org.permlab.permeation.PerformancePoint;
import org.permlab.process.CascadeResult;
import org.permlab.process.CompressorResult;
import org.permlab.process.DesignResult;
import org.permlab.process.Flowsheet;
import org.permlab.process.Membrane;
import org.permlab.process.NamedStream;
import org.permlab.process.OptimisationResult;
import org.permlab.process.OptimisationVariable;
import org.permlab.process.ProcessStream;
import org.permlab.process.PurityRecovery;
import org.permlab.process.StageCase;
import org.permlab.process.StageResult;
import org.permlab.process.StageUnit;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.result.Conventions;

/**
 * The report's process-design section (id {@code process}, order 700): for each {@code process-case} file the
 * stage as given, the four flow patterns compared, its profiles and purity-recovery curves for the case's
 * membrane and a Knudsen-selective one with the same fastest-species permeance, and its design problem; for each
 * {@code flowsheet} file the SVG flowsheet, the stream table, stages, compressors, product purity, recovery and
 * specific energy, and optionally its optimisation.
 *
 * <p>Settings ({@code analyses.process}): {@code cases} and {@code flowsheets} (data ids; default all of their
 * kind), {@code curve_points} (default 16), {@code optimise} (default false; it runs hundreds of cascade solves).
 */
public final class ProcessSection implements LegacySection {

    @Override
    public String id() {
        return "process";
    }

    @Override
    public String title() {
        return "Process design: helium recovery";
    }

    @Override
    public int order() {
        return 700;
    }

    /**
     * A stage case in the report: the stage as given (its profile thinned), the flow patterns compared, the
     * purity-recovery curves and the design, if the case has one.
     */
    public record CaseReport(String dataId, String caseName, StageResult stage,
            List<StageCase.PatternComparison> flowPatterns, List<PurityRecovery.Curve> purityRecovery,
            Optional<DesignResult> design) {

        public CaseReport {
            flowPatterns = List.copyOf(flowPatterns);
            purityRecovery = List.copyOf(purityRecovery);
        }
    }

    /** The section's results. */
    public record ProcessReport(List<CaseReport> cases, List<CascadeResult> cascades,
            List<OptimisationResult> optimisations, List<String> membraneDataAvailable, Conventions conventions) {

        public ProcessReport {
            cases = List.copyOf(cases);
            cascades = List.copyOf(cascades);
            optimisations = List.copyOf(optimisations);
            membraneDataAvailable = List.copyOf(membraneDataAvailable);
        }
    }

    private static List<DataFile> selected(Study study, MapNode settings, String key, DataKind kind) {
        List<DataFile> all = study.data(kind);
        if (!settings.has(key)) {
            return all;
        }
        List<DataFile> out = new ArrayList<>();
        ListNode ids = settings.list(key);
        for (Node n : ids) {
            String id = n.asScalar().string().strip();
            DataFile d = all.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> n.error(
                    "no " + kind.word() + " data file with id '" + id + "' in this study"));
            out.add(d);
        }
        return out;
    }

    private static String source(DataFile d) {
        return d.entry().string("path");
    }

    @Override
    public SectionOutput render(ReportContext context) {
        MapNode settings = context.settings().allowOnly("cases", "flowsheets", "curve_points", "optimise");
        int points = settings.has("curve_points") ? settings.integer("curve_points") : 16;
        if (points < 3 || points > 200) {
            throw settings.require("curve_points").error("must be 3 to 200, got " + points);
        }
        boolean optimise = settings.bool("optimise", false);
        Study study = context.study();
        List<DataFile> caseFiles = selected(study, settings, "cases", DataKind.PROCESS_CASE);
        List<DataFile> sheetFiles = selected(study, settings, "flowsheets", DataKind.FLOWSHEET);
        StringBuilder html = new StringBuilder();
        html.append(Html.p("Membrane stages and cascades computed from the permeances the case files state (local "
                + "flux J_i = Q_i (p_F x_i - p_P y_i), CONVENTIONS §8). Every stream lists its flow, composition and "
                + "pressure in results.json."));
        List<String> available = new ArrayList<>();
        for (PerformancePoint p : context.facts().all(PerformancePoint.class)) {
            available.add(p.membrane() + " (" + p.material() + "): " + p.fast() + " " + Format.measured(
                    Units.GPU.fromSi(p.permeanceFastSi().value(), ReferenceState.NORMAL),
                    Units.GPU.fromSi(p.permeanceFastSi().sd(), ReferenceState.NORMAL)) + " GPU, " + p.fast() + "/"
                    + p.slow() + " " + Format.measured(p.selectivity().value(), p.selectivity().sd()) + " ("
                    + p.kind().label() + ") at " + Format.sig(p.temperatureK(), 4) + " K");
        }
        if (available.isEmpty()) {
            html.append(Html.note("No measured membrane performance was published by the permeation section in "
                    + "this report; the cases use the permeances stated in their files."));
        } else {
            html.append(Html.note("Membrane data measured in this study that a case could use (the cases below use "
                    + "the permeances stated in their files): " + String.join("; ", available) + "."));
        }
        List<CaseReport> cases = new ArrayList<>();
        for (DataFile d : caseFiles) {
            cases.add(renderCase(context, d, points, html));
        }
        List<CascadeResult> cascades = new ArrayList<>();
        List<OptimisationResult> optimisations = new ArrayList<>();
        for (DataFile d : sheetFiles) {
            FlowsheetFile f = FlowsheetReader.read(d.path(), source(d));
            CascadeResult r = f.flowsheet().solve();
            cascades.add(r);
            renderCascade(context, d, f, r, html);
            if (optimise && f.optimisation().isPresent()) {
                OptimisationResult o = f.optimisation().get().solve(f.flowsheet());
                optimisations.add(o);
                renderOptimisation(o, f.flowsheet(), html);
            }
        }
        if (caseFiles.isEmpty() && sheetFiles.isEmpty()) {
            html.append(Html.p("The study lists no process-case or flowsheet files."));
        }
        return new SectionOutput(new ProcessReport(cases, cascades, optimisations, available,
                PurityRecovery.CONVENTIONS),
                html.toString());
    }

    private CaseReport renderCase(ReportContext context, DataFile d, int points, StringBuilder html) {
        ProcessCase pc = ProcessCaseReader.read(d.path(), source(d));
        StageCase c = pc.stageCase();
        StageResult r = c.solve();
        if (!r.solver().converged()) {
            throw InvalidInputException.of(source(d), "stage " + r.stage() + " did not converge: "
                    + r.solver().message());
        }
        Membrane m = c.stage().membrane();
        String fast = c.fastestSpecies();
        html.append(Html.h3("Stage case " + c.name() + " (" + source(d) + ")"));
        html.append(Html.p(r.pattern().description() + ", " + Format.sig(r.areaM2(), 6) + " m2 of " + m.name()
                + " at " + Format.sig(r.temperatureK(), 5) + " K; permeances " + permeanceList(r.permeancesGpu())
                + "."));
        html.append(streamTable(r.species(), List.of("feed", "retentate", "permeate"), List.of(r.feed(),
                r.retentate(), r.permeate())));
        html.append(Html.p("Stage cut " + Format.sig(r.stageCut(), 4) + "; " + fast + " recovery "
                + ProcessText.pct(r.recovery(fast).orElse(0.0)) + " %; mass balance closes to "
                + Format.sig(r.massBalanceError(), 2) + " of the inlet flow (" + r.solver().message() + ")."));
        List<StageCase.PatternComparison> rows = c.comparePatterns(fast);
        List<List<String>> table = new ArrayList<>();
        for (StageCase.PatternComparison x : rows) {
            table.add(List.of(x.pattern().description(), Format.sig(x.stageCut(), 4), ProcessText.pct(x.purity()),
                    ProcessText.pct(x.recovery())));
        }
        html.append(Html.table(List.of("Flow pattern (same area)", "Stage cut", fast + " in permeate (mol%)",
                fast + " recovery (%)"), table));
        r.profile().ifPresent(p -> {
            FigureFiles files = context.figure(ProcessPlots.profile(p, "Stage " + r.stage() + ": "
                    + r.pattern().description()), c.name() + "-profile");
            html.append(Html.figure(context, files, "Mole fractions along the module of case " + c.name()
                    + ": feed side solid, permeate side dashed with markers (log scale). "
                    + r.pattern().description() + "."));
            context.writeFile(c.name() + "-profile.csv", ProcessCsv.profile(p));
        });
        List<PurityRecovery.Curve> curves = PurityRecovery.curves(c, fast, points);
        List<ProcessPlots.Curve> plotted = curves.stream().map(cv -> new ProcessPlots.Curve(cv.membrane(),
                cv.recovery().stream().mapToDouble(Double::doubleValue).toArray(),
                cv.purity().stream().mapToDouble(Double::doubleValue).toArray())).toList();
        FigureFiles pr = context.figure(ProcessPlots.purityRecovery(plotted, fast, fast + " purity against "
                + "recovery, one counter-current stage"), c.name() + "-purity-recovery");
        html.append(Html.figure(context, pr, fast + " purity in the permeate against " + fast + " recovery for one "
                + "counter-current stage of growing area, for " + m.name() + " and for a Knudsen-selective "
                + "membrane with the same " + fast + " permeance (selectivities sqrt(M_j/M_" + fast + "))."));
        Optional<DesignResult> design = pc.design().map(ds -> {
            DesignResult dr = ds.solve(c);
            html.append(Html.p("Design: " + ds.target().describe() + " " + Format.sig(ds.target().target(), 6)
                    + " needs " + (ds.variable().word().equals("area") ? Format.sig(dr.valueSi(), 5) + " m2"
                            : ProcessText.bar(dr.valueSi()) + " bar feed pressure") + " ("
                    + r.pattern().description() + "); stage cut " + Format.sig(dr.stage().stageCut(), 4) + ", "
                    + fast + " in the permeate " + ProcessText.pct(dr.stage().permeatePurity(fast)) + " mol%."));
            return dr;
        });
        return new CaseReport(d.id(), c.name(), r.withProfileThinned(ProcessCommand.PROFILE_INTERVALS), rows, curves,
                design);
    }

    private static String permeanceList(Map<String, Double> gpu) {
        List<String> parts = new ArrayList<>();
        gpu.forEach((s, q) -> parts.add(s + " " + Format.sig(q, 4) + " GPU"));
        return String.join(", ", parts);
    }

    private static String streamTable(List<String> species, List<String> names, List<ProcessStream> streams) {
        List<String> header = new ArrayList<>(List.of("Stream", "Flow (mol/s)", "Pressure (bar)", "T (K)"));
        species.forEach(s -> header.add(s + " (mol%)"));
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < streams.size(); k++) {
            ProcessStream s = streams.get(k);
            List<String> row = new ArrayList<>(List.of(names.get(k), ProcessText.flow(s.totalFlowMolS()),
                    ProcessText.bar(s.pressurePa()), Format.sig(s.temperatureK(), 5)));
            for (double x : s.moleFractions()) {
                row.add(ProcessText.pct(x));
            }
            rows.add(row);
        }
        return Html.table(header, rows);
    }

    private void renderCascade(ReportContext context, DataFile d, FlowsheetFile f, CascadeResult r,
            StringBuilder html) {
        String name = f.flowsheet().name();
        html.append(Html.h3("Cascade " + name + " (" + source(d) + ")"));
        if (!r.recycle().converged()) {
            throw InvalidInputException.of(source(d), "flowsheet " + name + " did not converge: "
                    + r.recycle().message());
        }
        Path svg = context.writeFile(name + "-flowsheet.svg", FlowsheetSvg.render(f.flowsheet(), r));
        context.writeFile(name + "-streams.csv", ProcessCsv.streams(r));
        String rel = Html.esc(context.relative(svg));
        html.append("<figure><a href=\"").append(rel).append("\"><img src=\"").append(rel).append("\" alt=\"")
                .append(Html.esc("flowsheet " + name)).append("\"></a><figcaption>").append(Html.esc("Flowsheet "
                        + name + ": stages (membrane dashed, permeate below it), compressors and mixers; recycles "
                        + "run below the row. The stream table gives every stream."))
                .append("</figcaption></figure>\n");
        r.product().ifPresent(p -> html.append(Html.p(p.species() + " product " + p.stream() + ": purity "
                + ProcessText.pct(p.purity()) + " mol%, recovery " + ProcessText.pct(p.recovery()) + " %, "
                + Format.sig(p.massFlowKgPerS() * 3600, 4) + " kg/h; total membrane area "
                + Format.sig(r.totalAreaM2(), 5) + " m2; compressor power " + Format.sig(r.compressorPowerW() / 1e3, 4)
                + " kW; specific energy " + Format.sig(p.specificEnergyKwhPerKg(), 4) + " kWh/kg "
                + p.species() + ".")));
        List<String> names = r.streams().stream().map(n -> n.name() + " (" + n.role() + (n.tear() ? ", tear" : "")
                + ")").toList();
        html.append(streamTable(r.species(), names, r.streams().stream().map(NamedStream::stream).toList()));
        List<List<String>> stageRows = new ArrayList<>();
        for (StageResult s : r.stages()) {
            stageRows.add(List.of(s.stage(), s.pattern().word(), Format.sig(s.areaM2(), 5),
                    ProcessText.bar(s.feed().pressurePa()), ProcessText.bar(s.permeate().pressurePa()),
                    Format.sig(s.stageCut(), 4), Format.sig(s.massBalanceError(), 2)));
        }
        html.append(Html.table(List.of("Stage", "Pattern", "Area (m2)", "Feed (bar)", "Permeate (bar)", "Stage cut",
                "Mass balance error"), stageRows));
        List<List<String>> compRows = new ArrayList<>();
        for (CompressorResult c : r.compressors()) {
            compRows.add(List.of(c.name(), ProcessText.flow(c.inlet().totalFlowMolS()), ProcessText.bar(
                    c.inlet().pressurePa()), ProcessText.bar(c.outlet().pressurePa()), Integer.toString(c.stages()),
                    Format.sig(c.isentropicEfficiency(), 3), Format.sig(c.powerW() / 1e3, 4)));
        }
        if (!compRows.isEmpty()) {
            html.append(Html.table(List.of("Compressor", "Flow (mol/s)", "From (bar)", "To (bar)", "Stages",
                    "Isentropic efficiency", "Power (kW)"), compRows));
        }
        html.append(Html.note("Recycle: " + r.recycle().method() + "; " + r.recycle().message() + " in "
                + r.recycle().iterations() + " flowsheet passes (tear streams " + String.join(", ", r.tearStreams())
                + "); overall mass balance " + Format.sig(r.massBalanceError(), 2) + " of the feed. Compressors: "
                + "ideal gas, cp at 298.15 K, equal stage ratios with intercooling; cooler duties not counted."));
        boolean anyStage = f.flowsheet().units().stream().anyMatch(u -> u instanceof StageUnit);
        if (!anyStage) {
            html.append(Html.note("This flowsheet has no membrane stage."));
        }
    }

    private static void renderOptimisation(OptimisationResult o, Flowsheet fs, StringBuilder html) {
        html.append(Html.h3("Optimum of " + o.cascade().name()));
        List<List<String>> rows = new ArrayList<>();
        double[] optimum = o.optimumSi();
        for (int i = 0; i < o.variables().size(); i++) {
            OptimisationVariable v = o.variables().get(i);
            rows.add(List.of(v.parameter().spec(), Format.sig(v.lowerSi(), 4) + " to " + Format.sig(v.upperSi(), 4),
                    Format.sig(optimum[i], 5), v.parameter().dimension(fs).siSymbol()));
        }
        html.append(Html.table(List.of("Parameter", "Bounds", "Optimum", "Unit"), rows));
        html.append(Html.p("Annual cost " + Format.sig(o.annualCost(), 5) + " " + o.currency() + "/year (membrane "
                + Format.sig(o.areaCost(), 5) + ", electricity " + Format.sig(o.energyCost(), 5) + "); constraints "
                + o.constraints() + (o.feasible() ? " met" : " NOT met") + "; " + o.solver().iterations()
                + " cascade solves (" + o.solver().method() + ")."));
    }
}
