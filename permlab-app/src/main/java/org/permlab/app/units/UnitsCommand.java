package org.permlab.app.units;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.permlab.app.cli.OptionValues;
import org.permlab.app.cli.JsonOption;
import org.permlab.app.cli.VerbGroup;
import org.permlab.app.cli.ReferenceStateConverter;
import org.permlab.app.json.Json;
import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permlab units convert|list}. */
@Command(name = "units", description = "Convert between units (permeance, permeability, flow, pressure, ...).",
        subcommands = {UnitsCommand.Convert.class, UnitsCommand.ListUnits.class}, mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  permlab units convert 1 GPU --to \"mol/(m2 s Pa)\"",
            "  permlab units convert 25 mL/min --to mol/s --flow-ref 20C", "  permlab units list permeance"})
public final class UnitsCommand extends VerbGroup {

    /** The result of a conversion, as printed by {@code --json.enabled()}. */
    public record Conversion(double value, double valueSd, String unit, double result, double resultSd,
            String resultUnit, String dimension, Map<String, Object> conventions) {
    }

    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Convert VALUE UNIT to another unit of the same dimension.",
            footer = {"", "VALUE may carry an uncertainty: 10.7+-1.0 or 10.7±1.0.",
                "Gas flows in plain mL/min or L/min are volumes at a reference state (--flow-ref, default 0C =",
                "0 C and 1 atm); sccm and mln/min are 0 C, mls/min 20 C, whatever --flow-ref says.", "",
                "Examples:", "  permlab units convert 1 GPU --to \"mol/(m2 s Pa)\"",
                "  permlab units convert 25 mL/min --to mol/s            # 1.85896e-5, at 0 C, 1 atm",
                "  permlab units convert 546 Barrer --to \"mol/(m s Pa)\"",
                "  permlab units convert 30 C --to K", "  permlab units convert 10.7+-1.0 um --to m --json"})
    static final class Convert implements Runnable {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "VALUE", description = "The number, optionally with ±SD.")
        String value;

        @Parameters(index = "1", paramLabel = "UNIT", description = "Its unit, e.g. GPU, mL/min, bar.")
        String unit;

        @Option(names = "--to", required = true, paramLabel = "UNIT", description = "The unit to convert to.")
        String to;

        @Option(names = "--flow-ref", paramLabel = "STATE", converter = ReferenceStateConverter.class,
                description = "Reference state of gas volumes: 0C (default, 0 C and 1 atm), 20C, 25C, or T,p "
                        + "such as 21.1C,1atm.")
        ReferenceState flowRef;

        @Option(names = "--digits", defaultValue = "6", paramLabel = "N",
                description = "Significant digits printed (default ${DEFAULT-VALUE}).")
        int digits;

        @Mixin
        JsonOption json;

        @Override
        public void run() {
            if (digits < 1 || digits > 17) {
                throw InvalidInputException.of("--digits", "expected 1 to 17, got " + digits);
            }
            Unit from = parse(unit, "UNIT");
            Unit target = parse(to, "--to");
            Quantities.Parsed parsed;
            try {
                parsed = Quantities.parseWithUnit(value, from.dimension(), from);
            } catch (InvalidInputException e) {
                throw InvalidInputException.of("VALUE", e.problem());
            }
            if (parsed.unit() != from) {
                throw InvalidInputException.of("VALUE", "give the number alone, and its unit as the second "
                        + "argument (got '" + value + "')");
            }
            ReferenceState ref = flowRef == null ? ReferenceState.NORMAL : flowRef;
            double result = Units.convert(parsed.value(), from, target, ref);
            double resultSd = Math.abs(target.differenceFromSi(from.differenceToSi(parsed.sd(), ref), ref));
            Map<String, Object> conventions = new LinkedHashMap<>();
            Optional<ReferenceState> stateFrom = from.referenceStateUsed(ref);
            Optional<ReferenceState> stateTo = target.referenceStateUsed(ref);
            boolean assumed = flowRef == null && (from.takesFlowReference() || target.takesFlowReference());
            stateFrom.ifPresent(s -> describe(conventions, "from_reference_state", s));
            stateTo.ifPresent(s -> describe(conventions, "to_reference_state", s));
            if (stateFrom.isPresent() || stateTo.isPresent()) {
                conventions.put("reference_state_assumed", assumed);
            }
            if (target.dimension() == Dimension.PERMEANCE || from.dimension() == Dimension.PERMEANCE
                    || target.dimension() == Dimension.PERMEABILITY) {
                conventions.put("stp", "0 C, 101325 Pa; " + Units.GPU.description() + "; " + Units.BARRER.description());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled()) {
                Json.print(new Conversion(parsed.value(), parsed.sd(), from.symbol(), result, resultSd,
                        target.symbol(), from.dimension().word(), conventions), out);
                return;
            }
            String left = parsed.sd() > 0 ? Format.measured(parsed.value(), parsed.sd()) : Format.sig(parsed.value(),
                    digits);
            String right = parsed.sd() > 0 ? Format.measured(result, resultSd) : Format.sig(result, digits);
            out.println(left + " " + from.symbol() + " = " + right + " " + target.symbol());
            if (stateFrom.isPresent() || stateTo.isPresent()) {
                ReferenceState shown = stateFrom.orElseGet(stateTo::get);
                boolean open = from.takesFlowReference() || target.takesFlowReference();
                String note = assumed ? "assumed (the default); set --flow-ref to change"
                        : open ? "given by --flow-ref" : "fixed by the unit";
                if (stateFrom.isPresent() && stateTo.isPresent() && !stateFrom.get().equals(stateTo.get())) {
                    out.println("reference states: " + label(stateFrom.get()) + " -> " + label(stateTo.get()));
                } else {
                    out.println("reference state: " + label(shown) + ", " + note);
                }
            }
        }

        private static String label(ReferenceState s) {
            return s.label() + " (" + Format.sig(s.temperatureK(), 6) + " K, " + Format.sig(s.pressurePa(), 6)
                    + " Pa)";
        }

        private static void describe(Map<String, Object> conventions, String key, ReferenceState s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", s.label());
            m.put("temperature_K", s.temperatureK());
            m.put("pressure_Pa", s.pressurePa());
            conventions.put(key, m);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the units permlab knows.",
            footer = {"", "Examples:", "  permlab units list", "  permlab units list pressure"})
    static final class ListUnits implements Runnable {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIMENSION",
                description = "Only this dimension, e.g. permeance, molar-flow, pressure.")
        Dimension dimension;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            TextTable table = new TextTable("dimension", "unit", "also written", "definition");
            for (Unit u : Units.all()) {
                if (dimension == null || u.dimension() == dimension) {
                    table.row(u.dimension().word(), u.symbol(), String.join(" ", u.aliases()), u.description());
                }
            }
            table.print(out);
        }
    }

    /** A unit; an unknown one is bad input naming the parameter or option it was given as. */
    static Unit parse(String text, String parameter) {
        return OptionValues.given(parameter, () -> Units.parse(text));
    }
}
