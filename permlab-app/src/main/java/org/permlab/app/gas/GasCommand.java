package org.permlab.app.gas;

import java.io.PrintWriter;
import org.permlab.app.cli.OptionValues;
import org.permlab.app.cli.JsonOption;
import org.permlab.app.cli.VerbGroup;
import org.permlab.app.json.Json;
import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.gas.GasDatabase;
import org.permlab.gas.GasProperty;
import org.permlab.gas.Knudsen;
import org.permlab.gas.Species;
import org.permlab.gas.SourcedValue;
import org.permlab.gas.SpeciesData;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permlab gas list|show|knudsen}. */
@Command(name = "gas", description = "Gas species data (with sources) and Knudsen selectivities.",
        subcommands = {GasCommand.ListGases.class, GasCommand.Show.class, GasCommand.KnudsenSelectivity.class},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  permlab gas list", "  permlab gas show helium --json",
            "  permlab gas knudsen He N2"})
public final class GasCommand extends VerbGroup {

    private static String display(Species s, GasProperty p) {
        return s.property(p).map(v -> Format.sig(inDisplayUnit(p, v), 6)).orElse("-");
    }

    private static double inDisplayUnit(GasProperty p, SourcedValue v) {
        return Units.parse(p.displayUnit(), p.dimension()).fromSi(v.valueSi(), ReferenceState.NORMAL);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the species permlab knows.",
            footer = {"", "Examples:", "  permlab gas list", "  permlab gas list --json"})
    static final class ListGases implements Runnable {
        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled()) {
                Json.print(SpeciesData.all(GasDatabase.standard()), out);
                return;
            }
            TextTable t = new TextTable("gas", "name", "M (g/mol)", "kinetic diameter (A)", "Tc (K)", "pc (MPa)");
            for (Species s : GasDatabase.standard().all()) {
                t.row(s.formula(), s.name(), display(s, GasProperty.MOLAR_MASS),
                        display(s, GasProperty.KINETIC_DIAMETER), display(s, GasProperty.CRITICAL_TEMPERATURE),
                        display(s, GasProperty.CRITICAL_PRESSURE));
            }
            t.print(out);
            out.println();
            out.println("Sources: 'permlab gas show GAS' prints each value's citation.");
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one species' data, each value with its source.",
            footer = {"", "GAS is a formula or name in any case: He, helium, CH4, methane.", "",
                "Examples:", "  permlab gas show He", "  permlab gas show methane --json"})
    static final class Show implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "GAS", description = "Formula or name.")
        String gas;

        @Mixin
        JsonOption json;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            Species s = lookup(GasDatabase.standard(), gas, "GAS");
            if (json.enabled()) {
                Json.print(SpeciesData.of(s), out);
                return;
            }
            out.println(s.formula() + " (" + s.name() + ", CAS " + s.cas() + ")");
            TextTable t = new TextTable("property", "value", "unit", "source");
            for (GasProperty p : GasProperty.values()) {
                s.property(p).ifPresent(v -> t.row(p.label(), Format.sig(inDisplayUnit(p, v), 6), p.displayUnit(),
                        v.source().text()));
            }
            t.print(out);
        }
    }

    @Command(name = "knudsen", mixinStandardHelpOptions = true,
            description = "Knudsen selectivity of FAST over SLOW: sqrt(M_SLOW / M_FAST).",
            footer = {"", "Examples:", "  permlab gas knudsen He N2      # 2.6455",
                "  permlab gas knudsen helium methane --json"})
    static final class KnudsenSelectivity implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FAST", description = "The faster (lighter) species.")
        String fast;

        @Parameters(index = "1", paramLabel = "SLOW", description = "The slower species.")
        String slow;

        @Mixin
        JsonOption json;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            GasDatabase db = GasDatabase.standard();
            var k = Knudsen.of(lookup(db, fast, "FAST"), lookup(db, slow, "SLOW"));
            if (json.enabled()) {
                Json.print(k, out);
                return;
            }
            // CONVENTIONS §2 quotes Knudsen selectivities to 4 decimals
            out.println(Format.fixed(k.selectivity(), 4));
            String f = k.fast().formula();
            String sl = k.slow().formula();
            out.println("Knudsen selectivity " + f + "/" + sl + " = sqrt(M_" + sl + " / M_" + f + ") = sqrt("
                    + Format.sig(k.molarMassSlowGPerMol(), 7) + " / " + Format.sig(k.molarMassFastGPerMol(), 7)
                    + "), molar masses in g/mol (IUPAC 2007)");
        }
    }

    /** A species by formula or name; an unknown one is bad input naming the parameter it was given as. */
    static Species lookup(GasDatabase db, String text, String parameter) {
        return OptionValues.given(parameter, () -> db.lookup(text));
    }
}
