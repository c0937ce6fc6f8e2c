package org.permlab.io.permeation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Node;
import org.permlab.io.tree.ScalarNode;
import org.permlab.io.tree.Trees;
import org.permlab.permeation.FeedSideMode;
import org.permlab.permeation.GcCalibration;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.ReferenceState;
import org.permlab.rig.ArrheniusPermeance;
import org.permlab.rig.PermeanceModel;
import org.permlab.rig.RigNoise;
import org.permlab.rig.RigSchedule;
import org.permlab.rig.ScheduleStep;

/**
 * Reads a virtual-rig schedule (YAML; format in docs/permeation.md). A schedule describes one experiment; with a
 * {@code samples} list it is run once per sample (each with its own seed and permeance factors), giving one log
 * each.
 */
public final class RigScheduleReader {

    private RigScheduleReader() {
    }

    /**
     * One log to simulate.
     *
     * @param schedule      the schedule for this sample
     * @param logName       the file name the schedule gives this sample's log, if any
     * @param flowReference the reference state the log's mL/min are written at
     * @param calibration   a GC calibration: the log then has peak areas in place of mole fractions
     */
    public record SampleSchedule(RigSchedule schedule, Optional<String> logName, ReferenceState flowReference,
            Optional<GcCalibration> calibration) {
    }

    public static List<SampleSchedule> read(Path file, String source) {
        MapNode m = Trees.read(file, source).asMap();
        m.allowOnly("experiment", "seed", "sample", "log", "samples", "cell", "area", "sweep", "reference_state",
                "injection_interval", "transient", "gc", "mfc", "gauges", "membrane", "steps");
        ReferenceState ref = Fields.referenceState(m);
        String experiment = m.string("experiment", file.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        FeedSideMode cell = m.optWorded("cell", FeedSideMode.class).orElse(FeedSideMode.RETENTATE);
        double area = m.positiveQuantity("area", Dimension.AREA, ref);
        MapNode sweep = m.map("sweep").allowOnly("gas", "flow");
        String sweepGas = Fields.gas(sweep.require("gas").asScalar(), sweep.string("gas"));
        double sweepFlow = sweep.positiveQuantity("flow", Dimension.MOLAR_FLOW, ref);
        double interval = m.positiveQuantity("injection_interval", Dimension.TIME, ref);
        double tau = m.optQuantityIn("transient", Dimension.TIME, ref, 0, Double.MAX_VALUE,
                "a transient time cannot be negative").orElse(0.0);
        MapNode gc = m.optMap("gc").orElseGet(() -> empty(m, "gc")).allowOnly("species", "noise", "detection_limits",
                "calibration");
        Optional<GcCalibration> calibration = gc.optString("calibration").map(name -> {
            Path cal = file.toAbsolutePath().getParent().resolve(name.strip());
            return GcCalibrationReader.read(cal, Path.of(source).resolveSibling(name.strip()).toString());
        });
        List<String> gcSpecies = new ArrayList<>();
        for (Node n : gc.listOrEmpty("species")) {
            gcSpecies.add(Fields.gas(n, n.asScalar().string()));
        }
        double gcNoise = gc.optQuantityIn("noise", Dimension.DIMENSIONLESS, ref, 0, MAX_RELATIVE_NOISE,
                NOISE_RANGE).orElse(0.0);
        Map<String, Double> dl = new LinkedHashMap<>();
        gc.optMap("detection_limits").ifPresent(d -> d.entries().forEach((k, v) -> dl.put(Fields.gas(v, k),
                d.optQuantityIn(k, Dimension.DIMENSIONLESS, ref, 0, 1, "a detection limit is a mole fraction "
                        + "between 0 and 1 (e.g. 10 ppm)").orElseThrow())));
        MapNode mfc = m.optMap("mfc").orElseGet(() -> empty(m, "mfc")).allowOnly("noise", "drift_per_100h");
        MapNode gauges = m.optMap("gauges").orElseGet(() -> empty(m, "gauges")).allowOnly("pressure_noise",
                "temperature_noise");
        double tNoise = 0;
        if (gauges.has("temperature_noise")) {
            var p = gauges.require("temperature_noise").asScalar().parsed(Dimension.TEMPERATURE, null);
            tNoise = Math.abs(p.unit().differenceToSi(p.value(), ref));
        }
        RigNoise noise = new RigNoise(gcNoise, dl, mfc.optQuantityIn("noise", Dimension.DIMENSIONLESS, ref, 0,
                MAX_RELATIVE_NOISE, NOISE_RANGE).orElse(0.0),
                mfc.optQuantityIn("drift_per_100h", Dimension.DIMENSIONLESS, ref, -MAX_RELATIVE_NOISE,
                        MAX_RELATIVE_NOISE, "a drift is a relative change between -50 % and 50 % per 100 h")
                        .orElse(0.0),
                gauges.optQuantityIn("pressure_noise", Dimension.PRESSURE, ref, 0, Double.MAX_VALUE,
                        "a noise (standard deviation) cannot be negative").orElse(0.0), tNoise);
        Map<String, ArrheniusPermeance> membrane = new LinkedHashMap<>();
        for (var e : m.map("membrane").entries().entrySet()) {
            MapNode g = e.getValue().asMap().allowOnly("permeance", "at", "activation_energy", "pressure_factors");
            List<double[]> table = new ArrayList<>();
            g.optMap("pressure_factors").ifPresent(t -> t.entries().forEach((k, v) -> {
                double p;
                try {
                    p = org.permlab.quantity.Quantities.parse(k, Dimension.PRESSURE, ref);
                } catch (InvalidInputException x) {
                    throw v.relocate(x);
                }
                table.add(new double[] {p, v.asScalar().number()});
            }));
            try {
                membrane.put(Fields.gas(g, e.getKey()), new ArrheniusPermeance(g.positiveQuantity("permeance",
                        Dimension.PERMEANCE, ref), g.positiveQuantity("at", Dimension.TEMPERATURE, ref),
                        g.optQuantity("activation_energy", Dimension.MOLAR_ENERGY, ref).orElse(0.0), table));
            } catch (InvalidInputException x) {
                throw x.source().isPresent() ? x : g.relocate(x);
            }
        }
        List<ScheduleStep> steps = steps(m, ref, sweepFlow);
        if (steps.isEmpty()) {
            throw m.require("steps").error("a schedule needs at least one step");
        }
        double totalS = steps.stream().mapToDouble(ScheduleStep::durationS).sum();
        if (totalS / interval > MAX_INJECTIONS) {
            throw m.require("injection_interval").error("the steps last " + (float) (totalS / 3600) + " h, which at "
                    + "this injection interval are " + (long) Math.min(Long.MAX_VALUE, totalS / interval)
                    + " injections; the rig simulator writes at most " + MAX_INJECTIONS);
        }
        for (String g : gcSpecies) {
            if (!membrane.containsKey(g) && !g.equals(sweepGas)) {
                throw gc.require("species").error("the GC reports " + g + ", but the membrane gives it no permeance "
                        + "(add it under membrane:, or leave it out of gc.species)");
            }
        }
        List<SampleSchedule> out = new ArrayList<>();
        if (m.has("samples")) {
            for (Node n : m.list("samples")) {
                MapNode s = n.asMap().allowOnly("id", "seed", "factors", "log");
                Map<String, PermeanceModel> scaled = new LinkedHashMap<>();
                Map<String, Double> factors = factors(s.optMap("factors"));
                membrane.forEach((g, p) -> scaled.put(g, new ArrheniusPermeance(p.permeanceRefSi()
                        * factors.getOrDefault(g, 1.0), p.temperatureRefK(), p.activationEnergyJPerMol(),
                        p.pressureFactors())));
                out.add(new SampleSchedule(new RigSchedule(experiment, s.string("id"), seed(s), area, scaled, cell,
                        sweepGas, gcSpecies, noise, interval, tau, steps), logName(s), ref, calibration));
            }
        } else {
            out.add(new SampleSchedule(new RigSchedule(experiment, m.string("sample", "membrane"), seed(m), area,
                    new LinkedHashMap<>(membrane), cell, sweepGas, gcSpecies, noise, interval, tau, steps),
                    logName(m), ref, calibration));
        }
        if (calibration.isPresent() && !out.isEmpty()) { // every sample's GC reports the same species
            for (String g : out.get(0).schedule().reportedSpecies()) {
                if (!calibration.get().coefficients().containsKey(g)) {
                    throw gc.require("calibration").error("the GC calibration has no entry for " + g
                            + ", which the GC reports");
                }
            }
        }
        return out;
    }

    /** The largest relative noise a schedule may ask for (a standard deviation of 50 % of the value). */
    /**
     * The log's file name: a plain name written next to the schedule (or into -o), never a path that leads
     * elsewhere ({@code ../}, a folder, an absolute path).
     */
    private static Optional<String> logName(MapNode m) {
        Optional<String> name = m.optString("log");
        name.ifPresent(n -> {
            if (n.isBlank() || n.contains("/") || n.contains("\\") || n.equals(".") || n.equals("..")
                    || n.contains(":") || n.chars().anyMatch(Character::isISOControl)) {
                throw m.require("log").error("expected a plain file name (no folder, '..' or drive), got "
                        + org.permlab.io.safety.Excerpt.quote(n));
            }
        });
        return name;
    }

    private static final double MAX_RELATIVE_NOISE = 0.5;
    private static final String NOISE_RANGE = "a relative noise (standard deviation) is between 0 and 50 %";
    /** The most injections (log rows per sample) the simulator writes: about 190 years at one per 10 min. */
    static final long MAX_INJECTIONS = 10_000_000L;

    private static long seed(MapNode m) {
        ScalarNode s = m.require("seed").asScalar();
        try {
            return Long.parseLong(s.string().strip());
        } catch (NumberFormatException e) {
            throw s.error("expected a whole number, got '" + s.text() + "'");
        }
    }

    private static Map<String, Double> factors(Optional<MapNode> f) {
        Map<String, Double> out = new LinkedHashMap<>();
        f.ifPresent(m -> m.entries().forEach((k, v) -> {
            double x = v.asScalar().number();
            if (!(x > 0)) {
                throw v.error("a permeance factor must be positive, got " + x);
            }
            out.put(Fields.gas(v, k), x);
        }));
        return out;
    }

    private static List<ScheduleStep> steps(MapNode m, ReferenceState ref, double sweepFlow) {
        List<ScheduleStep> out = new ArrayList<>();
        double t = Double.NaN;
        double pf = Double.NaN;
        double pp = Double.NaN;
        Map<String, Double> feed = Map.of();
        for (Node n : m.list("steps")) {
            MapNode s = n.asMap().allowOnly("label", "duration", "temperature", "feed_pressure", "permeate_pressure",
                    "feed", "sweep_flow", "factors", "note");
            t = s.optQuantityIn("temperature", Dimension.TEMPERATURE, ref, Double.MIN_VALUE, Double.MAX_VALUE,
                    "a temperature must be above 0 K").orElse(t);
            pf = s.optQuantityIn("feed_pressure", Dimension.PRESSURE, ref, Double.MIN_VALUE, Double.MAX_VALUE,
                    "an absolute pressure must be positive").orElse(pf);
            pp = s.optQuantityIn("permeate_pressure", Dimension.PRESSURE, ref, Double.MIN_VALUE, Double.MAX_VALUE,
                    "an absolute pressure must be positive").orElse(pp);
            if (s.has("feed")) {
                Map<String, Double> f = new LinkedHashMap<>();
                for (var e : s.map("feed").entries().entrySet()) {
                    double v = e.getValue().asScalar().quantity(Dimension.MOLAR_FLOW, ref);
                    if (v < 0) {
                        throw e.getValue().error("a flow cannot be negative");
                    }
                    f.put(Fields.gas(e.getValue(), e.getKey()), v);
                }
                feed = f;
            }
            if (Double.isNaN(t) || Double.isNaN(pf) || Double.isNaN(pp) || feed.isEmpty()) {
                throw s.error("the first step must give temperature, feed_pressure, permeate_pressure and feed "
                        + "(later steps inherit them)");
            }
            out.add(new ScheduleStep(s.string("label"), s.positiveQuantity("duration", Dimension.TIME, ref), t, pf,
                    pp, feed, s.optQuantity("sweep_flow", Dimension.MOLAR_FLOW, ref).orElse(sweepFlow),
                    factors(s.optMap("factors")), s.string("note", "")));
        }
        return out;
    }

    private static MapNode empty(MapNode parent, String key) {
        return new MapNode(parent.location(), parent.path().isEmpty() ? key : parent.path() + "." + key, Map.of(),
                Map.of());
    }


}
