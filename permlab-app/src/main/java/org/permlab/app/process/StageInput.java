package org.permlab.app.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.app.cli.OptionValues;
import org.permlab.error.InvalidInputException;
import org.permlab.io.process.ProcessCase;
import org.permlab.io.process.ProcessCaseReader;
import org.permlab.process.ConstantPermeance;
import org.permlab.process.FlatSheet;
import org.permlab.process.FlowPattern;
import org.permlab.process.Membrane;
import org.permlab.process.PermeanceModel;
import org.permlab.process.ProcessStream;
import org.permlab.process.SolverSettings;
import org.permlab.process.Stage;
import org.permlab.process.StageCase;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A stage case from a CASE.yaml or from options (shared by {@code process stage} and {@code process design}). */
final class StageInput {

    /** Temperature assumed when a case is given by options without --temperature. */
    static final double DEFAULT_TEMPERATURE_K = 298.15;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE",
            description = "A stage case (YAML, docs/process.md); or give the stage by the options below.")
    Path file;

    @Option(names = "--feed", paramLabel = "X=F,...",
            description = "Feed mole fractions, e.g. He=0.01,N2=0.05,CH4=0.94.")
    String feed;

    @Option(names = "--feed-flow", paramLabel = "FLOW", description = "Feed flow; mol/s unless a unit is given.")
    String feedFlow;

    @Option(names = "--feed-pressure", paramLabel = "P", description = "Feed pressure with its unit, e.g. 50bar.")
    String feedPressure;

    @Option(names = "--permeate-pressure", paramLabel = "P", description = "Permeate pressure, e.g. 1bar.")
    String permeatePressure;

    @Option(names = "--permeance", paramLabel = "X=Q,...",
            description = "Permeances, e.g. He=51,N2=2.931,CH4=3.669.")
    String permeance;

    @Option(names = "--permeance-unit", paramLabel = "UNIT", defaultValue = "GPU",
            description = "Unit of --permeance values (default ${DEFAULT-VALUE}).")
    String permeanceUnit;

    @Option(names = "--area", paramLabel = "A", description = "Membrane area; m2 unless a unit is given.")
    String area;

    @Option(names = "--pattern", paramLabel = "PATTERN",
            description = "countercurrent (default), cocurrent, crossflow or mixed.")
    String pattern;

    @Option(names = "--temperature", paramLabel = "T",
            description = "Module and feed temperature (default 298.15 K with options; the file's otherwise).")
    String temperature;

    private static double quantity(String option, String text, Dimension d, Unit defaultUnit) {
        return OptionValues.quantity(option, text, d, defaultUnit, ReferenceState.NORMAL);
    }

    private static Map<String, Double> pairs(String option, String text) {
        return OptionValues.speciesNumbers(option, text);
    }

    private boolean anyCaseOption() {
        return feed != null || feedFlow != null || permeance != null;
    }

    /** The case, read or built; options override the file's pattern, area and pressures. */
    Loaded load() {
        if (file != null) {
            if (anyCaseOption()) {
                throw InvalidInputException.of("--feed", "give the feed and permeances in CASE or by options, not "
                        + "both (with CASE, only --pattern, --area, --feed-pressure, --permeate-pressure and "
                        + "--temperature may override it)");
            }
            ProcessCase pc = ProcessCaseReader.read(file, file.toString());
            StageCase c = pc.stageCase();
            return new Loaded(override(c), pc);
        }
        for (String[] required : new String[][] {{"--feed", feed}, {"--feed-pressure", feedPressure},
            {"--permeate-pressure", permeatePressure}, {"--permeance", permeance}, {"--area", area}}) {
            if (required[1] == null) {
                throw InvalidInputException.of(required[0], "required when no CASE file is given (see 'permlab "
                        + "process stage --help')");
            }
        }
        Map<String, Double> x = pairs("--feed", feed);
        double sum = x.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > 1e-6) {
            throw InvalidInputException.of("--feed", "mole fractions must sum to 1, got " + sum);
        }
        double flow = feedFlow == null ? 1.0 : quantity("--feed-flow", feedFlow, Dimension.MOLAR_FLOW,
                Units.parse("mol/s"));
        double t = temperature == null ? DEFAULT_TEMPERATURE_K : quantity("--temperature", temperature,
                Dimension.TEMPERATURE, null);
        double pf = quantity("--feed-pressure", feedPressure, Dimension.PRESSURE, null);
        List<String> species = new ArrayList<>(x.keySet());
        ProcessStream f;
        try {
            f = ProcessStream.ofFractions(species, flow, x.values().stream().mapToDouble(Double::doubleValue)
                    .toArray(), pf, t);
        } catch (InvalidInputException e) {
            // the stream names the quantity; the option that gave it is the message's place
            String field = e.field().orElse("");
            String option = field.equals("temperature") ? "--temperature" : field.equals("pressure")
                    ? "--feed-pressure" : field.equals("flow") ? "--feed-flow" : "--feed";
            throw InvalidInputException.of(option, e.problem());
        }
        Unit qUnit;
        try {
            qUnit = Units.parse(permeanceUnit, Dimension.PERMEANCE);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("--permeance-unit", e.problem());
        }
        Map<String, PermeanceModel> q = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : pairs("--permeance", permeance).entrySet()) {
            if (!(e.getValue() >= 0)) {
                throw InvalidInputException.of("--permeance", "a permeance must be zero or positive, got "
                        + e.getKey() + "=" + e.getValue());
            }
            q.put(e.getKey(), new ConstantPermeance(qUnit.toSi(e.getValue(), ReferenceState.NORMAL)));
        }
        for (String s : species) {
            if (!q.containsKey(s)) {
                throw InvalidInputException.of("--permeance", "no permeance for " + s + " (the feed carries it)");
            }
        }
        Membrane membrane = new Membrane("membrane given by --permeance", q);
        double a = quantity("--area", area, Dimension.AREA, Units.parse("m2"));
        if (!(a >= 0)) {
            throw InvalidInputException.of("--area", "must be zero or positive, got " + area);
        }
        double pp = quantity("--permeate-pressure", permeatePressure, Dimension.PRESSURE, null);
        FlowPattern fp = pattern();
        Stage stage;
        try {
            stage = new Stage("S1", membrane, new FlatSheet(a), fp, pp, Optional.of(t), Optional.empty(),
                    SolverSettings.DEFAULT);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("--" + e.field().orElse("stage").replace('_', '-'), e.problem());
        }
        return new Loaded(new StageCase("options", stage, f), null);
    }

    private FlowPattern pattern() {
        String p = pattern == null ? "countercurrent" : pattern;
        return FlowPattern.ofWord(p).orElseThrow(() -> InvalidInputException.of("--pattern", "unknown flow "
                + "pattern '" + p + "'; use " + FlowPattern.words()));
    }

    private StageCase override(StageCase c) {
        Stage s = c.stage();
        ProcessStream f = c.feed();
        if (pattern != null) {
            s = s.withPattern(pattern());
        }
        if (area != null) {
            double a = quantity("--area", area, Dimension.AREA, Units.parse("m2"));
            try {
                s = s.withAreaM2(a);
            } catch (InvalidInputException e) {
                throw InvalidInputException.of("--area", e.problem());
            }
        }
        if (permeatePressure != null) {
            s = s.withPermeatePressurePa(quantity("--permeate-pressure", permeatePressure, Dimension.PRESSURE, null));
        }
        if (feedPressure != null) {
            f = f.withPressure(quantity("--feed-pressure", feedPressure, Dimension.PRESSURE, null));
        }
        if (temperature != null) {
            double t = quantity("--temperature", temperature, Dimension.TEMPERATURE, null);
            s = s.withTemperatureK(t);
            f = f.withTemperature(t);
        }
        return new StageCase(c.name(), s, f);
    }

    /**
     * A problem the solver found, placed where the user can fix it: in the CASE file when there is one, else at
     * the option of the field ({@code area} becomes {@code --area}).
     */
    InvalidInputException locate(InvalidInputException e) {
        if (e.source().isPresent()) {
            return e;
        }
        if (file != null) {
            return e.inSource(file.toString(), 0, 0);
        }
        String f = e.field().orElse("stage");
        return f.startsWith("-") ? e : InvalidInputException.of("--" + f.replace(' ', '-').replace('_', '-'),
                e.problem());
    }

    /** The case and, when read from a file, the file's contents. */
    record Loaded(StageCase stageCase, ProcessCase file) {
        Optional<ProcessCase> fromFile() {
            return Optional.ofNullable(file);
        }
    }
}
