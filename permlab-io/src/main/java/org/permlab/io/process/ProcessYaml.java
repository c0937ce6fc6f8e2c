package org.permlab.io.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.gas.GasDatabase;
import org.permlab.io.safety.Plausible;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Node;
import org.permlab.io.tree.ScalarNode;
import org.permlab.process.ArrheniusPermeance;
import org.permlab.process.ConstantPermeance;
import org.permlab.process.FeedSide;
import org.permlab.process.FlatSheet;
import org.permlab.process.FlowPattern;
import org.permlab.process.HollowFibre;
import org.permlab.process.Membrane;
import org.permlab.process.ModuleGeometry;
import org.permlab.process.PermeanceModel;
import org.permlab.process.ProcessStream;
import org.permlab.process.SolverSettings;
import org.permlab.process.Stage;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;

/** The pieces shared by case and flowsheet files: streams, membranes, modules, stages, solver settings. */
final class ProcessYaml {

    static final ReferenceState REF = ReferenceState.NORMAL;
    static final Unit FRACTION = Units.parse("1");

    private ProcessYaml() {
    }

    /** Runs a constructor, placing its bad-input error at the node. */
    static <T> T at(Node node, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            if (e.source().isPresent()) {
                throw e;
            }
            throw node.error(e.field().map(f -> f + ": ").orElse("") + e.problem()).withCause(e);
        }
    }

    /** A species name as written (formula or name, any case) to its formula; unknown names are errors there. */
    static String species(ScalarNode node) {
        try {
            return GasDatabase.standard().lookup(node.string().strip()).formula();
        } catch (InvalidInputException e) {
            throw node.relocate(e);
        }
    }

    /** A mapping of species to mole fractions: {@code {He: 0.01, N2: 5 %, CH4: 0.94}}; must sum to 1. */
    static Map<String, Double> composition(MapNode m) {
        Map<String, Double> out = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            ScalarNode keyAsNode = new ScalarNode(m.keyLocations().get(e.getKey()), m.path() + "." + e.getKey(),
                    e.getKey(), false);
            String formula = species(keyAsNode);
            if (out.containsKey(formula)) {
                throw keyAsNode.error("species " + formula + " is given twice");
            }
            ScalarNode v = e.getValue().asScalar();
            double x = v.quantity(Dimension.DIMENSIONLESS, FRACTION, REF);
            if (!(x >= 0 && x <= 1)) {
                throw v.error("a mole fraction must be between 0 and 1, got " + v.text());
            }
            out.put(formula, x);
            sum += x;
        }
        if (out.isEmpty()) {
            throw m.error("give at least one species and its mole fraction");
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw m.error(String.format(Locale.ROOT, "mole fractions must sum to 1, got %.6g", sum));
        }
        return out;
    }

    /** A stream: {@code flow}, {@code composition}, {@code pressure}, {@code temperature}. */
    static ProcessStream stream(MapNode m, Optional<Double> defaultPressurePa, Optional<Double> defaultTemperatureK) {
        m.allowOnly("flow", "composition", "pressure", "temperature");
        double flow = m.quantity("flow", Dimension.MOLAR_FLOW, REF);
        if (!(flow >= 0)) {
            throw m.require("flow").error("must be zero or positive, got " + m.string("flow"));
        }
        Map<String, Double> x = composition(m.map("composition"));
        double p = m.has("pressure") ? m.positiveQuantity("pressure", Dimension.PRESSURE, REF)
                : defaultPressurePa.orElseThrow(() -> m.missing("pressure"));
        double t = m.has("temperature") ? m.positiveQuantity("temperature", Dimension.TEMPERATURE, REF)
                : defaultTemperatureK.orElseThrow(() -> m.missing("temperature"));
        List<String> species = new ArrayList<>(x.keySet());
        double[] fractions = x.values().stream().mapToDouble(Double::doubleValue).toArray();
        return at(m, () -> ProcessStream.ofFractions(species, flow, fractions, p, t));
    }

    /** A membrane: {@code name}, {@code permeances} (each a permeance, or an Arrhenius mapping). */
    static Membrane membrane(MapNode m, String defaultName) {
        m.allowOnly("name", "permeances");
        MapNode perm = m.map("permeances");
        Map<String, PermeanceModel> models = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : perm.entries().entrySet()) {
            ScalarNode keyNode = new ScalarNode(perm.keyLocations().get(e.getKey()), perm.path() + "." + e.getKey(),
                    e.getKey(), false);
            String formula = species(keyNode);
            Node v = e.getValue();
            PermeanceModel model;
            if (v instanceof MapNode a) {
                a.allowOnly("value", "reference_temperature", "activation_energy");
                double q = plausible(a.require("value"), a.quantity("value", Dimension.PERMEANCE, REF));
                double tRef = a.positiveQuantity("reference_temperature", Dimension.TEMPERATURE, REF);
                double ea = a.quantity("activation_energy", Dimension.MOLAR_ENERGY, REF);
                model = at(a, () -> new ArrheniusPermeance(q, tRef, ea));
            } else {
                ScalarNode s = v.asScalar();
                double q = s.quantity(Dimension.PERMEANCE, REF);
                if (!(q >= 0)) {
                    throw s.error("a permeance must be zero or positive, got " + s.text());
                }
                plausible(s, q);
                model = new ConstantPermeance(q);
            }
            if (models.put(formula, model) != null) {
                throw keyNode.error("species " + formula + " is given twice");
            }
        }
        String name = m.string("name", defaultName);
        return at(perm, () -> new Membrane(name, models));
    }

    /** A permeance below {@link Plausible#MAX_PERMEANCE_GPU}; above it, probably a unit slip. */
    private static double plausible(Node at, double permeanceSi) {
        if (permeanceSi > Plausible.maxPermeanceSi()) {
            throw at.error("a permeance above " + Plausible.MAX_PERMEANCE_GPU + " GPU is beyond any membrane "
                    + "measured; a unit slip?");
        }
        return permeanceSi;
    }

    /** The module: flat sheet by default, or {@code type: hollow-fibre} with its dimensions. */
    static ModuleGeometry module(MapNode stage, Optional<MapNode> moduleNode) {
        Optional<Double> area = stage.has("area")
                ? Optional.of(stage.quantity("area", Dimension.AREA, REF)) : Optional.empty();
        area.ifPresent(a -> {
            if (!(a >= 0)) {
                throw stage.require("area").error("must be zero or positive, got " + stage.string("area"));
            }
        });
        if (moduleNode.isEmpty()) {
            return new FlatSheet(area.orElseThrow(() -> stage.missing("area")));
        }
        MapNode m = moduleNode.get();
        m.allowOnly("type", "fibres", "inner_diameter", "outer_diameter", "length", "feed_side", "shell_diameter");
        String type = m.require("type").asScalar().oneOf("flat-sheet", "hollow-fibre");
        if (type.equals("flat-sheet")) {
            return new FlatSheet(area.orElseThrow(() -> stage.missing("area")));
        }
        double di = m.positiveQuantity("inner_diameter", Dimension.LENGTH, REF);
        double dout = m.positiveQuantity("outer_diameter", Dimension.LENGTH, REF);
        double length = m.positiveQuantity("length", Dimension.LENGTH, REF);
        FeedSide side = FeedSide.valueOf(m.require("feed_side").asScalar().oneOf("shell", "bore")
                .toUpperCase(Locale.ROOT));
        Optional<Double> shell = m.optQuantity("shell_diameter", Dimension.LENGTH, REF);
        if (m.has("fibres") && area.isPresent()) {
            throw m.require("fibres").error("give either the stage's area or the module's fibres, not both");
        }
        double dRef = side == FeedSide.SHELL ? dout : di;
        double fibres = m.has("fibres") ? m.require("fibres").asScalar().number()
                : area.orElseThrow(() -> stage.missing("area")) / (Math.PI * dRef * length);
        return at(m, () -> new HollowFibre(fibres, di, dout, length, side, shell));
    }

    /**
     * Solver settings: the node count and cap (keys {@code "nodes"}, {@code "max_nodes"}), {@code "tolerance"},
     * {@code "max_iterations"}, {@code "max_evaluations"}, the time limit (a wall-clock safety net).
     */
    static SolverSettings solver(Optional<MapNode> node) {
        if (node.isEmpty()) {
            return SolverSettings.DEFAULT;
        }
        MapNode m = node.get().allowOnly("nodes", "max_nodes", "tolerance", "max_iterations", "max_evaluations",
                "time_limit");
        SolverSettings d = SolverSettings.DEFAULT;
        int nodes = m.has("nodes") ? m.integer("nodes") : d.nodes();
        int maxNodes = m.has("max_nodes") ? m.integer("max_nodes") : Math.max(d.maxNodes(), nodes);
        double tol = m.optNumber("tolerance").orElse(d.tolerance());
        int iterations = m.has("max_iterations") ? m.integer("max_iterations") : d.maxIterations();
        int evaluations = m.has("max_evaluations") ? m.integer("max_evaluations") : d.maxEvaluations();
        double time = m.optQuantity("time_limit", Dimension.TIME, REF).orElse(d.timeLimitS());
        return at(m, () -> new SolverSettings(nodes, maxNodes, tol, iterations, evaluations, time));
    }

    /** The flow pattern word. */
    static FlowPattern pattern(ScalarNode node) {
        return FlowPattern.ofWord(node.string()).orElseThrow(() -> node.error("unknown flow pattern '"
                + node.text() + "'; use " + FlowPattern.words()));
    }

    /**
     * A stage from its mapping: {@code pattern}, {@code area}, {@code permeate_pressure}, {@code temperature},
     * {@code sweep}, {@code module}, {@code solver}, and the membrane (given separately).
     */
    static Stage stage(MapNode m, String name, Membrane membrane, Optional<Double> sweepTemperatureK) {
        FlowPattern pattern = pattern(m.require("pattern").asScalar());
        ModuleGeometry module = module(m, m.optMap("module"));
        double pPerm = m.positiveQuantity("permeate_pressure", Dimension.PRESSURE, REF);
        Optional<Double> t = m.has("temperature")
                ? Optional.of(m.positiveQuantity("temperature", Dimension.TEMPERATURE, REF)) : Optional.empty();
        // in a case the sweep is a stream given in place; in a flowsheet it names a stream (read by the caller)
        Optional<ProcessStream> sweep = m.get("sweep").filter(n -> n instanceof MapNode)
                .map(n -> stream(n.asMap(), Optional.of(pPerm), t.or(() -> sweepTemperatureK)));
        SolverSettings settings = solver(m.optMap("solver"));
        return at(m, () -> new Stage(name, membrane, module, pattern, pPerm, t, sweep, settings));
    }
}
