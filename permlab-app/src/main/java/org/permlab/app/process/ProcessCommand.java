package org.permlab.app.process;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.permlab.app.cli.OptionValues;
import org.permlab.app.cli.Batch;
import org.permlab.app.cli.JsonOption;
import org.permlab.app.cli.OutputOption;
import org.permlab.app.cli.VerbGroup;
import org.permlab.app.json.Json;
import org.permlab.app.plot.FigureWriter;
import org.permlab.error.InvalidInputException;
import org.permlab.io.process.FlowsheetFile;
import org.permlab.io.process.FlowsheetReader;
import org.permlab.io.process.ProcessCaseReader;
import org.permlab.io.process.ProcessFiles;
import org.permlab.io.safety.OutputFolder;
import org.permlab.process.CascadeResult;
import org.permlab.process.DesignResult;
import org.permlab.process.DesignSpec;
import org.permlab.process.DesignTarget;
import org.permlab.process.DesignTargets;
import org.permlab.process.DesignVariable;
import org.permlab.process.Flowsheet;
import org.permlab.process.FlowsheetParameter;
import org.permlab.process.OptimisationResult;
import org.permlab.process.OptimisationSpec;
import org.permlab.process.ParameterSweep;
import org.permlab.process.StageCase;
import org.permlab.process.StageResult;
import org.permlab.process.SweepAxis;
import org.permlab.process.SweepPoint;
import org.permlab.process.SweepResult;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code permlab process stage|cascade|design|sweep|optimise}. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Membrane process design: stages, cascades with recycle, design mode, sweeps, optimisation.",
        subcommands = {ProcessCommand.StageVerb.class, ProcessCommand.CascadeVerb.class,
            ProcessCommand.DesignVerb.class, ProcessCommand.SweepVerb.class, ProcessCommand.OptimiseVerb.class},
        footer = {"", "Formats and conventions: docs/process.md (CONVENTIONS §8).", "", "Examples:",
            "  permlab process stage examples/zif62-helium/data/process/seed-stage.yaml",
            "  permlab process stage --feed He=0.01,N2=0.05,CH4=0.94 --feed-flow 1 \\",
            "      --feed-pressure 50bar --permeate-pressure 1bar \\",
            "      --permeance He=51,N2=2.931,CH4=3.669 --area 10 --json",
            "  permlab process cascade examples/zif62-helium/data/process/seed-cascade.yaml",
            "  permlab process design seed-stage.yaml --target purity:He=0.07"})
public final class ProcessCommand extends VerbGroup {

    private static int notConverged(PrintWriter err, String what, String message) {
        err.println("permlab: " + what + " did not converge: " + message);
        return 2;
    }

    @Command(name = "stage", mixinStandardHelpOptions = true,
            description = "Solve one membrane stage: outlets, stage cut, recoveries, mass balance.",
            footer = {"", "Feed flow is in mol/s and area in m2 unless a unit is given; pressures need units.",
                "Patterns: countercurrent (default), cocurrent, crossflow, mixed (complete mixing).",
                "Exit code 2 with one line if the input is bad or the solver does not converge.", "",
                "Examples:", "  permlab process stage examples/zif62-helium/data/process/seed-stage.yaml",
                "  permlab process stage seed-stage.yaml --pattern mixed --json",
                "  permlab process stage --feed He=0.01,N2=0.05,CH4=0.94 --feed-flow 1 \\",
                "      --feed-pressure 50bar --permeate-pressure 1bar \\",
                "      --permeance He=51,N2=2.931,CH4=3.669 --permeance-unit GPU \\",
                "      --area 10 --pattern countercurrent --json",
                "  permlab process stage seed-stage.yaml --compare   # all four patterns",
                "  permlab process stage seed-stage.yaml -o out/     # profile figure, CSV"})
    static final class StageVerb implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StageInput input;

        @Mixin
        JsonOption json;

        @Option(names = "--profile", description = "Include the profiles along the module in the JSON.")
        boolean profile;

        @Option(names = "--compare", description = "Solve all four flow patterns for the same stage.")
        boolean compare;

        /** -o DIR: the profile figure (PNG, SVG) and profile CSV. */
        @Mixin
        OutputOption out;

        @Override
        public Integer call() {
            try {
                return solve();
            } catch (InvalidInputException e) {
                throw input.locate(e);
            }
        }

        private Integer solve() {
            PrintWriter stdout = spec.commandLine().getOut();
            StageCase c = input.load().stageCase();
            List<StageResult> results = new ArrayList<>();
            if (compare) {
                for (var p : org.permlab.process.FlowPattern.all()) {
                    results.add(c.stage().withPattern(p).solve(c.feed()));
                }
            } else {
                results.add(c.solve());
            }
            if (json.enabled()) {
                List<StageResult> shown = results.stream().map(r -> profile ? r.withProfileThinned(PROFILE_INTERVALS)
                        : r.withoutProfile()).toList();
                Json.print(compare ? shown : shown.get(0), stdout);
            } else {
                boolean first = true;
                for (StageResult r : results) {
                    if (!first) {
                        stdout.println();
                    }
                    ProcessText.stage(stdout, r);
                    first = false;
                }
            }
            Optional<OutputFolder> folder = out.open(input.file == null ? List.of() : List.of(input.file));
            if (folder.isPresent()) {
                StageResult r = results.get(0);
                r.profile().ifPresent(p -> {
                    FigureWriter.write(ProcessPlots.profile(p, "Stage " + r.stage() + ": " + r.pattern()
                            .description()), folder.get(), r.stage() + "-profile");
                    folder.get().writeString(r.stage() + "-profile.csv", ProcessCsv.profile(p));
                });
                if (!json.enabled()) {
                    stdout.println(r.profile().isPresent() ? "wrote " + folder.get().dir().resolve(r.stage()
                            + "-profile.svg") + " and .png, .csv"
                            : "complete mixing has no profile along the module: nothing written");
                }
            }
            for (StageResult r : results) {
                if (!r.solver().converged()) {
                    return notConverged(spec.commandLine().getErr(), "stage " + r.stage() + " ("
                            + r.pattern().word() + ")", r.solver().message());
                }
            }
            return 0;
        }
    }

    /** Intervals a profile is thinned to in JSON (about 100 points). */
    static final int PROFILE_INTERVALS = 100;

    @Command(name = "cascade", mixinStandardHelpOptions = true,
            description = "Solve a cascade flowsheet with its recycles: every stream, areas, compressor power, "
                    + "specific energy, product purity and recovery.",
            footer = {"", "FLOWSHEET is a YAML file (docs/process.md). Recycles are converged by Newton",
                "(Broyden) by default, or Wegstein/direct (recycle: method). A recycle that does not converge",
                "within its iteration and time limits is printed as such and the exit code is 2.", "",
                "Examples:", "  permlab process cascade examples/zif62-helium/data/process/seed-cascade.yaml",
                "  permlab process cascade seed-cascade.yaml --json",
                "  permlab process cascade seed-cascade.yaml -o out/   # SVG and stream CSV"})
    static final class CascadeVerb implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FLOWSHEET", description = "The flowsheet (YAML).")
        Path file;

        @Mixin
        JsonOption json;

        /** -o DIR: the flowsheet diagram (SVG) and the stream table (CSV). */
        @Mixin
        OutputOption out;

        @Override
        public Integer call() {
            try {
                return solve();
            } catch (InvalidInputException e) {
                throw e.source().isPresent() ? e : e.inSource(file.toString(), 0, 0);
            }
        }

        private Integer solve() {
            PrintWriter stdout = spec.commandLine().getOut();
            FlowsheetFile f = FlowsheetReader.read(file, file.toString());
            CascadeResult r = f.flowsheet().solve();
            if (json.enabled()) {
                Json.print(r, stdout);
            } else {
                ProcessText.cascade(stdout, r);
            }
            Optional<OutputFolder> folder = out.open(List.of(file));
            if (folder.isPresent()) {
                Path svg = folder.get().writeString(f.flowsheet().name() + "-flowsheet.svg",
                        FlowsheetSvg.render(f.flowsheet(), r));
                folder.get().writeString(f.flowsheet().name() + "-streams.csv", ProcessCsv.streams(r));
                if (!json.enabled()) {
                    stdout.println("wrote " + svg + " and " + f.flowsheet().name() + "-streams.csv");
                }
            }
            return r.recycle().converged() ? 0 : notConverged(spec.commandLine().getErr(), "flowsheet "
                    + f.flowsheet().name(), r.recycle().message());
        }
    }

    @Command(name = "design", mixinStandardHelpOptions = true,
            description = "Find the area (or feed pressure) at which a stage meets a target stage cut, permeate "
                    + "purity or recovery.",
            footer = {"", "Targets: purity:SPECIES=X (permeate mole fraction), recovery:SPECIES=X,",
                "stage-cut=X; X may be a percentage (90%%). Without --target the case file's design: is used.",
                "An unreachable target is reported with the range that is reachable (exit code 2).", "",
                "Examples:",
                "  permlab process design seed-stage.yaml --target recovery:He=0.9",
                "  permlab process design seed-stage.yaml --target stage-cut=0.1 \\",
                "      --vary feed-pressure --json",
                "  permlab process design --feed He=0.01,N2=0.05,CH4=0.94 --feed-pressure 50bar \\",
                "      --permeate-pressure 1bar --permeance He=51,N2=2.931,CH4=3.669 \\",
                "      --area 1 --target purity:He=0.07"})
    static final class DesignVerb implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StageInput input;

        @Option(names = "--target", paramLabel = "TARGET", description = "purity:He=0.9, recovery:He=0.9 or "
                + "stage-cut=0.1.")
        String target;

        @Option(names = "--vary", paramLabel = "VARIABLE", description = "area (default) or feed-pressure.")
        String vary;

        @Option(names = "--lower", paramLabel = "VALUE", description = "Lower bound of the variable, with unit.")
        String lower;

        @Option(names = "--upper", paramLabel = "VALUE", description = "Upper bound of the variable, with unit.")
        String upper;

        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try {
                return solve();
            } catch (InvalidInputException e) {
                throw input.locate(e);
            }
        }

        private Integer solve() {
            StageInput.Loaded l = input.load();
            StageCase c = l.stageCase();
            DesignSpec fromFile = l.fromFile().flatMap(org.permlab.io.process.ProcessCase::design).orElse(null);
            DesignTarget t;
            if (target != null) {
                try {
                    t = DesignTargets.parse(target);
                } catch (InvalidInputException e) {
                    throw InvalidInputException.of("--target", e.problem());
                }
            } else if (fromFile != null) {
                t = fromFile.target();
            } else {
                throw InvalidInputException.of("--target", "required (the case has no design: block)");
            }
            DesignVariable v = vary == null ? (fromFile != null ? fromFile.variable() : DesignVariable.AREA)
                    : switch (vary.strip().toLowerCase(java.util.Locale.ROOT)) {
                        case "area" -> DesignVariable.AREA;
                        case "feed-pressure", "feed_pressure" -> DesignVariable.FEED_PRESSURE;
                        default -> throw InvalidInputException.of("--vary", "expected area or feed-pressure, got '"
                                + vary + "'");
                    };
            Dimension dim = v == DesignVariable.AREA ? Dimension.AREA : Dimension.PRESSURE;
            Optional<Double> lo = bound("--lower", lower, dim).or(() -> fromFile != null ? fromFile.lowerSi()
                    : Optional.empty());
            Optional<Double> hi = bound("--upper", upper, dim).or(() -> fromFile != null ? fromFile.upperSi()
                    : Optional.empty());
            DesignResult d = new DesignSpec(t, v, lo, hi).solve(c);
            PrintWriter stdout = spec.commandLine().getOut();
            if (json.enabled()) {
                Json.print(d, stdout);
            } else {
                ProcessText.design(stdout, d);
            }
            return 0;
        }

        private static Optional<Double> bound(String option, String text, Dimension dim) {
            if (text == null) {
                return Optional.empty();
            }
            return Optional.of(OptionValues.given(option, () -> Quantities.parse(text, dim, ReferenceState.NORMAL)));
        }
    }

    /** A flowsheet from a flowsheet file or a stage case (as a one-stage flowsheet). */
    static Flowsheet flowsheetOf(Path file, Optional<String> species) {
        if (ProcessFiles.isFlowsheet(file, file.toString())) {
            return FlowsheetReader.read(file, file.toString()).flowsheet();
        }
        StageCase c = ProcessCaseReader.read(file, file.toString()).stageCase();
        String sp = species.orElseGet(c::fastestSpecies);
        return Flowsheet.singleStage(c.stage(), c.feed(), Optional.of(sp));
    }

    @Command(name = "sweep", mixinStandardHelpOptions = true,
            description = "Solve a stage case or flowsheet over a grid of one or two parameters.",
            footer = {"", "--vary PARAMETER=FROM..TO:N, PARAMETER as UNIT.property: a stage's area,",
                "permeate_pressure or temperature; a compressor's outlet_pressure or efficiency; a two-way",
                "splitter's fraction; a feed's pressure, flow or temperature (a stage case's feed is 'feed', its",
                "stage S1 unless named). Values carry units; a bare number is in SI (m2, Pa, K, mol/s).",
                "Points run in parallel; a point that is bad input (an area the feed cannot supply) is listed",
                "with its reason and the others still run.", "",
                "Examples:",
                "  permlab process sweep seed-stage.yaml --vary S1.area=1m2..60m2:12",
                "  permlab process sweep seed-cascade.yaml --vary S1.area=30m2..80m2:6 \\",
                "      --vary S3.area=0.1m2..0.4m2:4",
                "  permlab process sweep seed-stage.yaml --vary feed.pressure=10bar..80bar:8"})
    static final class SweepVerb implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A stage case or a flowsheet (YAML).")
        Path file;

        @Option(names = "--vary", required = true, paramLabel = "P=A..B:N",
                description = "A parameter and its range; give it once or twice.")
        List<String> vary;

        @Option(names = "--log", description = "Space the values logarithmically.")
        boolean log;

        @Option(names = "--species", paramLabel = "GAS",
                description = "For a stage case: the species whose purity and recovery are reported (default "
                        + "the fastest).")
        String species;

        @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
                description = "Worker threads (default: one per processor).")
        int threads;

        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            if (vary.size() > 2) {
                throw InvalidInputException.of("--vary", "give one or two parameters, got " + vary.size());
            }
            Optional<String> sp = Optional.ofNullable(species).map(s -> {
                try {
                    return org.permlab.gas.GasDatabase.standard().lookup(s).formula();
                } catch (InvalidInputException e) {
                    throw InvalidInputException.of("--species", e.problem());
                }
            });
            Flowsheet fs = flowsheetOf(file, sp);
            List<SweepAxis> axes = new ArrayList<>();
            for (String v : vary) {
                axes.add(axis(fs, v, log));
            }
            ParameterSweep sweep = new ParameterSweep(fs, axes);
            List<double[]> points = sweep.points();
            PrintWriter err = spec.commandLine().getErr();
            List<Batch.Outcome<double[], SweepPoint>> outcomes = Batch.run(points, sweep::evaluate, "points",
                    Batch.interactive() ? err : null, threads);
            List<SweepPoint> results = new ArrayList<>();
            for (Batch.Outcome<double[], SweepPoint> o : outcomes) {
                if (o.bug()) {
                    throw new IllegalStateException("sweep point failed: " + o.error().orElse(""));
                }
                results.add(o.result().orElseGet(() -> new SweepPoint(o.item(), Optional.empty(), o.error())));
            }
            PrintWriter stdout = spec.commandLine().getOut();
            SweepResult result = SweepResult.of(sweep, results);
            if (json.enabled()) {
                Json.print(result, stdout);
            } else {
                ProcessText.sweep(stdout, result);
            }
            return 0;
        }

        static SweepAxis axis(Flowsheet fs, String spec, boolean log) {
            int eq = spec.indexOf('=');
            if (eq < 0) {
                throw InvalidInputException.of("--vary", "expected PARAMETER=FROM..TO:N, got '" + spec + "'");
            }
            FlowsheetParameter p;
            Dimension d;
            try {
                p = FlowsheetParameter.parse(spec.substring(0, eq).strip());
                d = p.dimension(fs);
            } catch (InvalidInputException e) {
                throw InvalidInputException.of("--vary", e.problem());
            }
            String range = spec.substring(eq + 1).strip();
            int dots = range.indexOf("..");
            int colon = range.lastIndexOf(':');
            if (dots < 0 || colon < dots) {
                throw InvalidInputException.of("--vary", "expected FROM..TO:N after '=', got '" + range + "'");
            }
            try {
                double a = Quantities.parseWithUnit(range.substring(0, dots), d, Units.si(d)).si(ReferenceState.NORMAL);
                double b = Quantities.parseWithUnit(range.substring(dots + 2, colon), d, Units.si(d))
                        .si(ReferenceState.NORMAL);
                int n = Integer.parseInt(range.substring(colon + 1).strip());
                if (n < 1 || n > 10_000) {
                    throw InvalidInputException.of("--vary", "N must be 1 to 10000, got " + n);
                }
                if (log && !(a > 0 && b > 0)) {
                    throw InvalidInputException.of("--vary", "--log needs positive bounds");
                }
                return new SweepAxis(p, SweepAxis.range(a, b, n, log));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("--vary", "N must be a whole number in '" + spec + "'");
            } catch (InvalidInputException e) {
                throw InvalidInputException.of("--vary", e.problem());
            }
        }
    }

    @Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
            description = "Minimise a cascade's annual area-plus-energy cost under purity and recovery bounds.",
            footer = {"", "The flowsheet's optimisation: block names the variables with bounds, the cost",
                "(per m2 and year, per kWh, hours per year) and the constraints (docs/process.md).",
                "Method: exterior quadratic penalty with BOBYQA (Brent for one variable), Hipparchus.",
                "Exit code 2 if no point meets the constraints.", "",
                "Examples:", "  permlab process optimise seed-cascade.yaml",
                "  permlab process optimise seed-cascade.yaml --max-evaluations 200 --json"})
    static final class OptimiseVerb implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FLOWSHEET", description = "The flowsheet (YAML) with an optimisation: block.")
        Path file;

        @Option(names = "--max-evaluations", paramLabel = "N", description = "Cascade solves allowed (default: "
                + "the file's, or 400).")
        Integer maxEvaluations;

        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            FlowsheetFile f = FlowsheetReader.read(file, file.toString());
            OptimisationSpec o = f.optimisation().orElseThrow(() -> InvalidInputException.of(file.toString(),
                    "optimisation: the flowsheet has no optimisation block (variables, cost, constraints)"));
            if (maxEvaluations != null) {
                if (maxEvaluations < 10) {
                    throw InvalidInputException.of("--max-evaluations", "at least 10, got " + maxEvaluations);
                }
                o = new OptimisationSpec(o.variables(), o.cost(), o.constraints(), maxEvaluations);
            }
            OptimisationResult r = o.solve(f.flowsheet());
            PrintWriter stdout = spec.commandLine().getOut();
            if (json.enabled()) {
                Json.print(r, stdout);
            } else {
                ProcessText.optimisation(stdout, r, f.flowsheet());
            }
            return r.feasible() ? 0 : notConverged(spec.commandLine().getErr(), "optimisation of "
                    + f.flowsheet().name(), r.solver().message());
        }
    }
}
