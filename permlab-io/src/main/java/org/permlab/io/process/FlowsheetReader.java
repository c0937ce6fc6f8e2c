package org.permlab.io.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.permlab.io.tree.ListNode;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Node;
import org.permlab.io.tree.ScalarNode;
import org.permlab.io.tree.Trees;
import org.permlab.process.Compressor;
import org.permlab.process.CompressorUnit;
import org.permlab.process.CostModel;
import org.permlab.process.Flowsheet;
import org.permlab.process.FlowsheetParameter;
import org.permlab.process.Membrane;
import org.permlab.process.MixerUnit;
import org.permlab.process.OptimisationSpec;
import org.permlab.process.OptimisationVariable;
import org.permlab.process.ProcessStream;
import org.permlab.process.ProductConstraint;
import org.permlab.process.ProductSpec;
import org.permlab.process.RecycleMethod;
import org.permlab.process.RecycleSettings;
import org.permlab.process.SplitterUnit;
import org.permlab.process.Stage;
import org.permlab.process.StageUnit;
import org.permlab.process.UnitOperation;
import org.permlab.quantity.Dimension;

/**
 * Reads a cascade ({@code FLOWSHEET.yaml}; data kind {@code flowsheet}): {@code flowsheet} (name),
 * {@code membranes} (named), {@code feeds} (named streams), {@code units} (a list of {@code stage:},
 * {@code compressor:}, {@code mixer:} and {@code splitter:} entries connected by stream names), {@code product},
 * {@code recycle} and an optional {@code optimisation}. See {@code docs/process.md}.
 */
public final class FlowsheetReader {

    private static final Set<String> KINDS = Set.of("stage", "compressor", "mixer", "splitter");

    private FlowsheetReader() {
    }

    public static FlowsheetFile read(Path file, String source) {
        MapNode root = Trees.read(file, source).asMap();
        root.allowOnly("flowsheet", "description", "membranes", "feeds", "units", "product", "recycle",
                "optimisation");
        String name = root.string("flowsheet", file.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        Map<String, Membrane> membranes = new LinkedHashMap<>();
        root.optMap("membranes").ifPresent(m -> m.entries().forEach((k, v) -> membranes.put(k,
                ProcessYaml.membrane(v.asMap(), k))));
        MapNode feedsNode = root.map("feeds");
        Map<String, ProcessStream> feeds = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : feedsNode.entries().entrySet()) {
            feeds.put(e.getKey(), ProcessYaml.stream(e.getValue().asMap(), Optional.empty(), Optional.empty()));
        }
        if (feeds.isEmpty()) {
            throw feedsNode.error("give at least one feed stream");
        }
        double feedTemperature = feeds.values().iterator().next().temperatureK();
        LinkedHashSet<String> species = new LinkedHashSet<>();
        feeds.values().forEach(f -> species.addAll(f.species()));
        ListNode unitsNode = root.list("units");
        List<UnitOperation> units = new ArrayList<>();
        Map<String, Node> producedAt = new HashMap<>();
        feeds.keySet().forEach(f -> producedAt.put(f, feedsNode.require(f)));
        Map<String, Node> readAt = new HashMap<>();
        Set<String> unitNames = new LinkedHashSet<>();
        for (Node n : unitsNode) {
            MapNode u = n.asMap();
            List<String> kinds = u.keys().stream().filter(KINDS::contains).toList();
            if (kinds.size() != 1) {
                throw u.error("a unit starts with exactly one of stage:, compressor:, mixer: or splitter: (its "
                        + "name)");
            }
            String kind = kinds.get(0);
            ScalarNode nameNode = u.require(kind).asScalar();
            String unitName = nameNode.string().strip();
            if (!unitNames.add(unitName)) {
                throw nameNode.error("two units are named '" + unitName + "'");
            }
            UnitOperation op = switch (kind) {
                case "stage" -> stage(u, unitName, membranes, feedTemperature, species);
                case "compressor" -> compressor(u, unitName);
                case "mixer" -> mixer(u, unitName);
                default -> splitter(u, unitName);
            };
            for (String out : op.outlets()) {
                Node previous = producedAt.put(out, u);
                if (previous != null) {
                    throw u.error("stream '" + out + "' is produced twice (also at line "
                            + previous.location().line() + ")");
                }
            }
            units.add(op);
            List<String> in = op.inlets();
            for (String s : in) {
                Node previous = readAt.put(s, u);
                if (previous != null) {
                    throw u.error("stream '" + s + "' is read twice (also at line " + previous.location().line()
                            + "); split it with a splitter");
                }
            }
        }
        for (Map.Entry<String, Node> e : readAt.entrySet()) {
            if (!producedAt.containsKey(e.getKey())) {
                throw e.getValue().error("stream '" + e.getKey() + "' is neither a feed nor produced by a unit");
            }
        }
        Optional<ProductSpec> product = root.optMap("product").map(p -> {
            p.allowOnly("stream", "species");
            ScalarNode s = p.require("stream").asScalar();
            if (!producedAt.containsKey(s.string())) {
                throw s.error("no stream named '" + s.string() + "'");
            }
            if (readAt.containsKey(s.string())) {
                throw s.error("'" + s.string() + "' is read by another unit, so it is not a product");
            }
            return new ProductSpec(s.string(), ProcessYaml.species(p.require("species").asScalar()));
        });
        RecycleSettings recycle = root.optMap("recycle").map(FlowsheetReader::recycle)
                .orElse(RecycleSettings.DEFAULT);
        Flowsheet fs = ProcessYaml.at(root, () -> new Flowsheet(name, new ArrayList<>(species), feeds, units,
                product, recycle));
        Optional<OptimisationSpec> optimisation = root.optMap("optimisation").map(o -> optimisation(o, fs));
        return new FlowsheetFile(fs, optimisation, source);
    }

    private static StageUnit stage(MapNode u, String name, Map<String, Membrane> membranes, double feedT,
            Set<String> species) {
        u.allowOnly("stage", "feed", "sweep", "retentate", "permeate", "membrane", "permeances", "pattern", "area",
                "permeate_pressure", "temperature", "module", "solver");
        Membrane membrane;
        if (u.has("permeances")) {
            if (u.has("membrane")) {
                throw u.require("permeances").error("give either membrane: (a name under membranes:) or "
                        + "permeances:, not both");
            }
            MapNode inline = new MapNode(u.location(), u.path(), Map.of("permeances", u.require("permeances")),
                    Map.of("permeances", u.keyLocations().get("permeances")));
            membrane = ProcessYaml.membrane(inline, name + " membrane");
        } else {
            ScalarNode m = u.require("membrane").asScalar();
            membrane = membranes.get(m.string());
            if (membrane == null) {
                throw m.error("no membrane named '" + m.string() + "' under membranes: (there are "
                        + String.join(", ", membranes.keySet()) + ")");
            }
        }
        for (String s : species) {
            if (!membrane.permeances().containsKey(s)) {
                throw u.error("membrane '" + membrane.name() + "' has no permeance for " + s + " (a feed carries "
                        + "it); give one (0 GPU for an impermeable species)");
            }
        }
        Stage stage = ProcessYaml.stage(u, name, membrane, Optional.of(feedT));
        if (u.has("sweep") && u.require("sweep") instanceof MapNode) {
            throw u.require("sweep").error("in a flowsheet a sweep is the name of a stream (a feed or a unit's "
                    + "outlet)");
        }
        Optional<String> sweep = u.optString("sweep");
        return new StageUnit(stage, u.string("feed"), sweep, u.string("retentate"), u.string("permeate"));
    }

    private static CompressorUnit compressor(MapNode u, String name) {
        u.allowOnly("compressor", "inlet", "outlet", "outlet_pressure", "efficiency", "stages",
                "intercooler_temperature");
        double p = u.positiveQuantity("outlet_pressure", Dimension.PRESSURE, ProcessYaml.REF);
        double eta = u.require("efficiency").asScalar().quantity(Dimension.DIMENSIONLESS, ProcessYaml.FRACTION,
                ProcessYaml.REF);
        int stages = u.has("stages") ? u.integer("stages") : 1;
        Optional<Double> ic = u.has("intercooler_temperature")
                ? Optional.of(u.positiveQuantity("intercooler_temperature", Dimension.TEMPERATURE, ProcessYaml.REF))
                : Optional.empty();
        Compressor c = ProcessYaml.at(u, () -> new Compressor(name, p, eta, stages, ic));
        return new CompressorUnit(c, u.string("inlet"), u.string("outlet"));
    }

    private static MixerUnit mixer(MapNode u, String name) {
        u.allowOnly("mixer", "inlets", "outlet");
        List<String> in = new ArrayList<>();
        for (Node n : u.list("inlets")) {
            in.add(n.asScalar().string());
        }
        return ProcessYaml.at(u, () -> new MixerUnit(name, in, u.string("outlet")));
    }

    private static SplitterUnit splitter(MapNode u, String name) {
        u.allowOnly("splitter", "inlet", "outlets");
        MapNode outs = u.map("outlets");
        List<String> names = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        for (Map.Entry<String, Node> e : outs.entries().entrySet()) {
            names.add(e.getKey());
            fractions.add(e.getValue().asScalar().quantity(Dimension.DIMENSIONLESS, ProcessYaml.FRACTION,
                    ProcessYaml.REF));
        }
        return ProcessYaml.at(outs, () -> new SplitterUnit(name, u.string("inlet"), names, fractions));
    }

    private static RecycleSettings recycle(MapNode m) {
        m.allowOnly("method", "tolerance", "max_iterations", "time_limit");
        RecycleSettings d = RecycleSettings.DEFAULT;
        RecycleMethod method = m.has("method") ? RecycleMethod.valueOf(m.require("method").asScalar()
                .oneOf("wegstein", "newton", "direct").toUpperCase(Locale.ROOT)) : d.method();
        double tol = m.optNumber("tolerance").orElse(d.tolerance());
        int it = m.has("max_iterations") ? m.integer("max_iterations") : d.maxIterations();
        double time = m.optQuantity("time_limit", Dimension.TIME, ProcessYaml.REF).orElse(d.timeLimitS());
        return ProcessYaml.at(m, () -> new RecycleSettings(method, tol, it, time));
    }

    private static OptimisationSpec optimisation(MapNode m, Flowsheet fs) {
        m.allowOnly("variables", "cost", "constraints", "max_evaluations");
        List<OptimisationVariable> vars = new ArrayList<>();
        MapNode v = m.map("variables");
        for (Map.Entry<String, Node> e : v.entries().entrySet()) {
            ListNode bounds = e.getValue().asList();
            if (bounds.size() != 2) {
                throw bounds.error("give [lower, upper]");
            }
            FlowsheetParameter p = ProcessYaml.at(e.getValue(), () -> FlowsheetParameter.parse(e.getKey()));
            Dimension dim = ProcessYaml.at(e.getValue(), () -> p.dimension(fs));
            double lo = bounds.get(0).asScalar().quantity(dim, dim == Dimension.DIMENSIONLESS ? ProcessYaml.FRACTION
                    : null, ProcessYaml.REF);
            double hi = bounds.get(1).asScalar().quantity(dim, dim == Dimension.DIMENSIONLESS ? ProcessYaml.FRACTION
                    : null, ProcessYaml.REF);
            vars.add(ProcessYaml.at(e.getValue(), () -> new OptimisationVariable(p, lo, hi)));
        }
        MapNode c = m.map("cost").allowOnly("area_per_m2_year", "energy_per_kwh", "hours_per_year", "currency");
        double area = c.number("area_per_m2_year");
        double energy = c.number("energy_per_kwh");
        double hours = c.optNumber("hours_per_year").orElse(8000.0);
        String currency = c.string("currency", "currency units");
        CostModel cost = ProcessYaml.at(c, () -> new CostModel(area, energy, hours, currency));
        List<ProductConstraint> constraints = new ArrayList<>();
        m.optMap("constraints").ifPresent(k -> {
            k.allowOnly("purity", "recovery");
            for (String q : List.of("purity", "recovery")) {
                if (k.has(q)) {
                    double min = k.require(q).asScalar().quantity(Dimension.DIMENSIONLESS, ProcessYaml.FRACTION,
                            ProcessYaml.REF);
                    constraints.add(ProcessYaml.at(k.require(q), () -> new ProductConstraint(q, min)));
                }
            }
        });
        int max = m.has("max_evaluations") ? m.integer("max_evaluations") : 400;
        return new OptimisationSpec(vars, cost, constraints, max);
    }
}
