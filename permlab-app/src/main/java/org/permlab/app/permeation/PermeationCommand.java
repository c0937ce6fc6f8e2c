package org.permlab.app.permeation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.permlab.app.cli.OutputOption;
import org.permlab.app.cli.JsonOption;
import org.permlab.app.cli.VerbGroup;
import org.permlab.app.cli.OptionValues;
import org.permlab.app.cli.ReferenceStateConverter;
import org.permlab.app.json.Json;
import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.error.InvalidInputException;
import org.permlab.gas.GasDatabase;
import org.permlab.io.permeation.GcCalibrationReader;
import org.permlab.io.permeation.RigLogReader;
import org.permlab.io.permeation.RunDescriptionReader;
import org.permlab.io.permeation.RunSpec;
import org.permlab.permeation.FeedSideMode;
import org.permlab.permeation.GcCalibration;
import org.permlab.permeation.GcReading;
import org.permlab.permeation.PairResult;
import org.permlab.permeation.PermeationReducer;
import org.permlab.permeation.ReductionSettings;
import org.permlab.permeation.RigLog;
import org.permlab.permeation.RunReduction;
import org.permlab.permeation.SelectivityBasis;
import org.permlab.permeation.SweepPoint;
import org.permlab.permeation.SweepPointResult;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.result.Conventions;
import org.permlab.quantity.Units;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permlab permeation reduce|calc}: Wicke-Kallenbach permeances, selectivities and series. */
@Command(name = "permeation", mixinStandardHelpOptions = true,
        description = "Permeances and selectivities from Wicke-Kallenbach (sweep-gas) rig logs.",
        subcommands = {PermeationCommand.Reduce.class, PermeationCommand.Calc.class},
        footer = {"", "Examples:",
            "  permlab permeation reduce log.csv --run run.yaml",
            "  permlab permeation calc --sweep-flow 25mL/min --feed He=0.5,N2=0.5 --feed-pressure 1atm \\",
            "      --permeate-pressure 1atm --permeate-y He=0.01,N2=0.0005 --area 2cm2 --feed-flow 50mL/min",
            "", "Formats and conventions: docs/permeation.md"})
public final class PermeationCommand extends VerbGroup {

    @Command(name = "reduce", mixinStandardHelpOptions = true,
            description = "Reduce a rig log: permeance per species and condition (mean ± SD over the steady "
                    + "injections), stage cut, separation factors, ideal selectivities and the run's series.",
            footer = {"", "LOG is a CSV with units in its header (time [h], feed_flow_He [mL/min], sweep_flow_Ar "
                + "[mL/min],", "feed_pressure [bar], permeate_pressure [bar], temperature [K], y_He [ppm], ...).",
                "RUN is the run description (membrane, sweep, reference state, detection limits, segments).",
                "Conditions that fail (a bad row, no steady state) are listed on stderr; the others are still",
                "reduced, and the exit code is then 2.", "",
                "Examples:", "  permlab permeation reduce log.csv --run run.yaml",
                "  permlab permeation reduce log.csv --run run.yaml --feed-side retentate --json",
                "  permlab permeation reduce log.csv --run run.yaml -o results/"})
    static final class Reduce implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "LOG", description = "The rig log (CSV).")
        Path log;

        @Option(names = "--run", required = true, paramLabel = "RUN.yaml", description = "The run description.")
        Path run;

        @Option(names = "--feed-side", paramLabel = "MODE",
                description = "Feed-side partial pressure: inlet (default), retentate or logmean.")
        FeedSideMode feedSide;

        @Option(names = "--basis", paramLabel = "BASIS",
                description = "Separation factor on the feed (default) or retentate composition.")
        SelectivityBasis basis;

        @Option(names = "--calibration", paramLabel = "CAL.yaml",
                description = "GC calibration, when the log has peak areas (area_GAS columns).")
        Path calibration;

        @Mixin
        JsonOption json;

        /** -o DIR: also RUN.json. */
        @Mixin
        OutputOption out;

        @Override
        public Integer call() {
            RunSpec spec0 = RunDescriptionReader.read(run, run.toString());
            ReductionSettings settings = spec0.settings();
            if (feedSide != null) {
                settings = new ReductionSettings(feedSide, settings.basis(), settings.steadyState());
            }
            if (basis != null) {
                settings = new ReductionSettings(settings.feedSide(), basis, settings.steadyState());
            }
            Optional<GcCalibration> cal = Optional.ofNullable(calibration)
                    .map(c -> GcCalibrationReader.read(c, c.toString()));
            RigLog rigLog = RigLogReader.read(log, log.toString(), spec0.run().flowReference(), cal);
            RunReduction reduction = PermeationReducer.reduce(rigLog, spec0.run(), settings);
            PermeationViews.RunView view = PermeationViews.of(reduction);
            PrintWriter stdout = spec.commandLine().getOut();
            if (json.enabled()) {
                Json.print(view, stdout);
            } else {
                PermeationText.print(view, stdout);
            }
            List<Path> inputs = new ArrayList<>(List.of(log, run));
            Optional.ofNullable(calibration).ifPresent(inputs::add);
            out.open(inputs).ifPresent(f -> f.writeString(view.run() + ".json", Json.toJson(view) + "\n"));
            PrintWriter err = spec.commandLine().getErr();
            for (var f : reduction.failures()) {
                err.println("permlab: " + log + ": condition '" + f.label() + "' not reduced: " + f.message());
            }
            return reduction.failures().isEmpty() ? 0 : 2;
        }
    }

    /** The result of {@code permeation calc}, as printed by {@code --json.enabled()}. */
    public record CalcView(double sweepFlowMolPerS, double outletFlowMolPerS, double feedPressurePa,
            double permeatePressurePa, double areaM2, Optional<Double> feedFlowMolPerS,
            List<PermeationViews.SpeciesView> species, List<PermeationViews.PairView> pairs,
            Optional<Double> stageCut, Conventions conventions) {
    }

    @Command(name = "calc", mixinStandardHelpOptions = true,
            description = "One Wicke-Kallenbach point by hand: permeances, separation factors and stage cut.",
            footer = {"", "Quantities carry their units (25mL/min, 1atm, 2cm2). Mole fractions are numbers or",
                "percentages (He=1%%); '<' marks a gas below the GC detection limit (N2=<0.0005).", "",
                "Examples:",
                "  permlab permeation calc --sweep-flow 25mL/min --feed He=0.5,N2=0.5 --feed-pressure 1atm \\",
                "      --permeate-pressure 1atm --permeate-y He=0.01,N2=0.0005 --area 2cm2 --feed-flow 50mL/min",
                "  permlab permeation calc ... --feed-side retentate --json"})
    static final class Calc implements Runnable {
        @Spec
        CommandSpec spec;

        @Option(names = "--sweep-flow", required = true, paramLabel = "FLOW", description = "Sweep flow, e.g. 25mL/min.")
        String sweepFlow;

        @Option(names = "--sweep-gas", defaultValue = "Ar", paramLabel = "GAS",
                description = "The sweep gas (default ${DEFAULT-VALUE}).")
        String sweepGas;

        @Option(names = "--feed", required = true, paramLabel = "GAS=x,...", description = "Feed mole fractions.")
        String feed;

        @Option(names = "--feed-pressure", required = true, paramLabel = "P", description = "Feed pressure.")
        String feedPressure;

        @Option(names = "--permeate-pressure", required = true, paramLabel = "P", description = "Permeate pressure.")
        String permeatePressure;

        @Option(names = "--permeate-y", required = true, paramLabel = "GAS=y,...",
                description = "GC mole fractions in the sweep outlet; GAS=<DL for not detected.")
        String permeateY;

        @Option(names = "--area", required = true, paramLabel = "A", description = "Membrane area, e.g. 2cm2.")
        String area;

        @Option(names = "--feed-flow", paramLabel = "FLOW", description = "Total feed flow (for the stage cut).")
        String feedFlow;

        @Option(names = "--flow-ref", paramLabel = "STATE", converter = ReferenceStateConverter.class,
                description = "Reference state of mL/min: 0C (default), 20C, 25C or T,p.")
        ReferenceState flowRef;

        @Option(names = "--feed-side", defaultValue = "inlet", paramLabel = "MODE",
                description = "inlet (default), retentate or logmean.")
        FeedSideMode feedSide;

        @Option(names = "--basis", defaultValue = "feed", paramLabel = "BASIS",
                description = "Separation factor basis: feed (default) or retentate.")
        SelectivityBasis basis;

        @Mixin
        JsonOption json;

        @Override
        public void run() {
            ReferenceState ref = flowRef == null ? ReferenceState.NORMAL : flowRef;
            double sweep = quantity("--sweep-flow", sweepFlow, Dimension.MOLAR_FLOW, ref);
            Map<String, Double> x = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : pairs("--feed", feed).entrySet()) {
                x.put(e.getKey(), fraction("--feed", e.getValue()));
            }
            Map<String, GcReading> y = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : pairs("--permeate-y", permeateY).entrySet()) {
                String v = e.getValue().strip();
                y.put(e.getKey(), v.startsWith("<") ? new GcReading.BelowDetectionLimit(fraction("--permeate-y",
                        v.substring(1))) : new GcReading.Detected(fraction("--permeate-y", v)));
            }
            Optional<Double> ff = Optional.ofNullable(feedFlow).map(f -> quantity("--feed-flow", f,
                    Dimension.MOLAR_FLOW, ref));
            SweepPoint point;
            try {
                point = new SweepPoint(sweep, x, ff, quantity("--feed-pressure", feedPressure, Dimension.PRESSURE,
                        ref), quantity("--permeate-pressure", permeatePressure, Dimension.PRESSURE, ref),
                        quantity("--area", area, Dimension.AREA, ref), y);
            } catch (InvalidInputException e) {
                String f = e.field().orElse("input").replace(' ', '-');
                throw InvalidInputException.of(f.startsWith("--") ? f : "--" + f, e.problem());
            }
            FeedSideMode mode = feedSide;
            SelectivityBasis b = basis;
            SweepPointResult r;
            try {
                r = SweepPointResult.of(point, mode, b);
            } catch (InvalidInputException e) {
                // core names the quantity; the command line names its option
                throw e.field().filter("feed flow"::equals).isPresent()
                        ? InvalidInputException.of("--feed-flow", e.problem()) : e;
            }
            Conventions conventions = ReductionSettings.pointConventions(mode, b, ref, flowRef == null,
                    GasDatabase.standard().lookup(sweepGas).formula());
            List<PermeationViews.SpeciesView> species = r.species().stream().map(p -> PermeationViews.species(
                    new org.permlab.permeation.SpeciesResult(p.gas(), p.feedFraction(), p.permeanceSi(), 0.0, 1,
                            new double[0]), Optional.empty())).toList();
            List<PermeationViews.PairView> pairViews = r.pairs().stream().map(p -> PermeationViews.pair(p,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).toList();
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled()) {
                Json.print(new CalcView(sweep, r.outletFlowMolPerS(), point.feedPressurePa(),
                        point.permeatePressurePa(), point.areaM2(), ff, species, pairViews, r.stageCut(),
                        conventions), out);
                return;
            }
            TextTable t = new TextTable("gas", "x feed", "y permeate", "N (mol/s)", "permeance (GPU)",
                    "permeance (mol m-2 s-1 Pa-1)");
            for (SweepPointResult.Point p : r.species()) {
                GcReading reading = point.permeate().get(p.gas());
                String yText = reading instanceof GcReading.Detected d ? Format.sig(d.moleFraction(), 4)
                        : "< " + Format.sig(((GcReading.BelowDetectionLimit) reading).detectionLimit(), 4);
                boolean bound = !p.permeanceSi().isValue();
                // CONVENTIONS §3 quotes the worked example to 4 significant digits
                t.row(p.gas(), Format.sig(p.feedFraction(), 4), yText, Format.sig(p.fluxMolPerS(), 5),
                        (bound ? "< " : "") + Format.sig(p.permeanceSi().central() / PermeationViews.GPU, 4),
                        (bound ? "< " : "") + Format.sig(p.permeanceSi().central(), 5));
            }
            t.print(out);
            for (PairResult p : r.pairs()) {
                String v = switch (p.selectivity().state()) {
                    case "value" -> Format.fixed(p.selectivity().central(), 2);
                    case "lower_bound" -> "> " + Format.fixed(p.selectivity().central(), 2);
                    default -> "< " + Format.fixed(p.selectivity().central(), 2);
                };
                out.println("separation factor " + p.pair() + " = " + v + " (" + b.word() + " basis; Knudsen "
                        + Format.fixed(p.knudsen(), 4) + ")");
            }
            r.stageCut().ifPresentOrElse(th -> out.println("stage cut = " + Format.fixed(th * 100, 2) + " % ("
                    + Format.sig(th * 100, 4) + " %, sum N_i / F_feed)"),
                    () -> out.println("stage cut: give --feed-flow to compute it"));
            out.println("F_out = F_sweep / (1 - sum y) = " + Format.sig(r.outletFlowMolPerS(), 6) + " mol/s (closed "
                    + "sweep balance); feed side " + mode.word() + " (" + mode.formula() + ")");
            out.println("flows at " + ref.label() + (flowRef == null ? " (assumed, the default; set --flow-ref)"
                    : " (given by --flow-ref)") + "; 1 GPU = " + Format.sig(Units.GPU.toSi(1, ReferenceState.NORMAL), 5)
                    + " mol m-2 s-1 Pa-1");
        }

        private static double quantity(String option, String text, Dimension d, ReferenceState ref) {
            return OptionValues.quantity(option, text, d, null, ref);
        }

        private static double fraction(String option, String text) {
            return OptionValues.quantity(option, text, Dimension.DIMENSIONLESS, Units.parse("1"),
                    ReferenceState.NORMAL);
        }

        private static Map<String, String> pairs(String option, String text) {
            return OptionValues.speciesValues(option, text);
        }
    }
}
