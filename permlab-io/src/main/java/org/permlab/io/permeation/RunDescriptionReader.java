package org.permlab.io.permeation;

import java.math.BigDecimal;
import java.math.MathContext;
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
import org.permlab.gas.GasPair;
import org.permlab.permeation.ReductionSettings;
import org.permlab.permeation.RunDescription;
import org.permlab.permeation.Segment;
import org.permlab.permeation.SelectivityBasis;
import org.permlab.permeation.SeriesKind;
import org.permlab.permeation.SteadyStateCriterion;
import org.permlab.permeation.TimeWindow;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/**
 * Reads a run description (YAML; format in docs/permeation.md): the membrane, the sweep gas, the mass-flow
 * controllers' reference state, the nominal feed, the GC detection limits, the segments and the reduction
 * settings. Every error names the file, line, column and field.
 */
public final class RunDescriptionReader {

    /** The keys a run description may hold. */
    private static final String[] KEYS = {"run", "membrane", "sweep", "reference_state", "feed", "detection_limits",
        "series", "pairs", "segments", "steady_state", "feed_side", "basis"};

    private RunDescriptionReader() {
    }

    /** A membrane as the study knows it (from its samples). */
    public record Membrane(String id, Measured areaM2, Optional<Measured> thicknessM) {
    }

    /** Reads a standalone run file; it must describe its membrane. */
    public static RunSpec read(Path file, String source) {
        MapNode m = Trees.read(file, source).asMap();
        // glass-T.run.yaml names the run glass-T
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceFirst("\\.run$", "");
        return read(m, name, Optional.empty());
    }

    /**
     * Reads a run description from a mapping.
     *
     * @param m           the mapping
     * @param defaultId   the run's id when the mapping gives none
     * @param membrane    the membrane when the study supplies it (a sample); else the mapping's {@code membrane}
     */
    public static RunSpec read(MapNode m, String defaultId, Optional<Membrane> membrane) {
        m.allowOnly(KEYS);
        ReferenceState ref = Fields.referenceState(m);
        Membrane mem = membrane.orElseGet(() -> {
            MapNode mm = m.map("membrane").allowOnly("id", "area", "thickness");
            return new Membrane(mm.string("id", "membrane"), mm.positiveMeasured("area", Dimension.AREA, ref),
                    mm.optPositiveMeasured("thickness", Dimension.LENGTH, ref));
        });
        if (membrane.isPresent() && m.has("membrane")) {
            throw m.require("membrane").error("the study gives the membrane (the data entry's sample); remove "
                    + "'membrane' here");
        }
        String sweep = gas(m.require("sweep").asScalar());
        Map<String, Double> feed = new LinkedHashMap<>();
        m.optMap("feed").ifPresent(f -> {
            double sum = 0;
            for (var e : f.entries().entrySet()) {
                ScalarNode s = e.getValue().asScalar();
                double x = s.quantity(Dimension.DIMENSIONLESS, Units.parse("1"), ref);
                if (!(x > 0) || x > 1) {
                    throw s.error("a feed mole fraction must be in (0, 1], got " + s.text());
                }
                feed.put(Fields.gas(s, e.getKey()), x);
                sum += x;
            }
            if (Math.abs(sum - 1) > 1e-3) {
                throw f.error("the feed mole fractions sum to " + sum + ", not 1");
            }
        });
        Map<String, Double> dl = new LinkedHashMap<>();
        m.optMap("detection_limits").ifPresent(d -> {
            for (var e : d.entries().entrySet()) {
                ScalarNode s = e.getValue().asScalar();
                double v = s.quantity(Dimension.DIMENSIONLESS, ref);
                if (!(v > 0) || v >= 1) {
                    throw s.error("a detection limit is a mole fraction above 0 and below 1, got " + s.text());
                }
                dl.put(Fields.gas(s, e.getKey()), v);
            }
        });
        SeriesKind series = m.optWorded("series", SeriesKind.class).orElse(SeriesKind.NONE);
        List<GasPair> pairs = new ArrayList<>();
        for (Node n : m.listOrEmpty("pairs")) {
            ScalarNode s = n.asScalar();
            String[] parts = s.string().split("/", -1);
            if (parts.length != 2) {
                throw s.error("expected a pair such as 'He/N2', got '" + s.text() + "'");
            }
            pairs.add(new GasPair(Fields.gas(s, parts[0].strip()), Fields.gas(s, parts[1].strip())));
        }
        List<Segment> segments = segments(m);
        ReductionSettings defaults = ReductionSettings.DEFAULT;
        FeedSideMode mode = m.optWorded("feed_side", FeedSideMode.class).orElse(defaults.feedSide());
        SelectivityBasis basis = m.optWorded("basis", SelectivityBasis.class).orElse(defaults.basis());
        SteadyStateCriterion crit = m.optMap("steady_state").map(RunDescriptionReader::criterion)
                .orElse(defaults.steadyState());
        RunDescription run = new RunDescription(m.string("run", defaultId), mem.id(), mem.areaM2(), mem.thicknessM(),
                sweep, ref, feed, dl, segments, series, pairs);
        return new RunSpec(run, new ReductionSettings(mode, basis, crit));
    }

    private static SteadyStateCriterion criterion(MapNode s) {
        s.allowOnly("window", "max_change", "max_sd", "min_injections");
        SteadyStateCriterion d = SteadyStateCriterion.DEFAULT;
        try {
            return new SteadyStateCriterion(s.get("window").map(n -> n.asScalar().integer()).orElse(d.window()),
                    s.optQuantity("max_change", Dimension.DIMENSIONLESS, null).orElse(d.maxRelativeChange()),
                    s.optQuantity("max_sd", Dimension.DIMENSIONLESS, null).orElse(d.maxRelativeSd()),
                    s.get("min_injections").map(n -> n.asScalar().integer()).orElse(d.minInjections()));
        } catch (InvalidInputException e) {
            throw s.relocate(e);
        }
    }

    /** A time in seconds as hours for a message, without trailing zeros. */
    private static String hours(double seconds) {
        return BigDecimal.valueOf(seconds / 3600).round(new MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }

    private static List<Segment> segments(MapNode m) {
        List<Node> items = m.listOrEmpty("segments");
        List<MapNode> maps = new ArrayList<>();
        for (Node n : items) {
            maps.add(n.asMap().allowOnly("label", "from", "to", "steady", "exclude", "note"));
        }
        List<Segment> out = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double previousFrom = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < maps.size(); i++) {
            MapNode s = maps.get(i);
            String label = s.string("label");
            if (labels.contains(label)) {
                throw s.require("label").error("the label '" + label + "' is used twice");
            }
            labels.add(label);
            double from = s.quantity("from", Dimension.TIME, null);
            if (!(from > previousFrom)) {
                throw s.require("from").error("segments must start in time order, and this one starts at or "
                        + "before the previous one");
            }
            if (!out.isEmpty() && from < out.get(out.size() - 1).span().toS()) {
                Segment prev = out.get(out.size() - 1);
                throw s.require("from").error("segment '" + label + "' starts at " + hours(from)
                        + " h, before segment '" + prev.label() + "' ends (" + hours(prev.span().toS())
                        + " h): segments may not overlap, since one injection would belong to two conditions");
            }
            previousFrom = from;
            double to;
            if (s.has("to")) {
                to = s.quantity("to", Dimension.TIME, null);
            } else {
                to = i + 1 < maps.size() ? maps.get(i + 1).quantity("from", Dimension.TIME, null)
                        : Double.POSITIVE_INFINITY;
            }
            TimeWindow span;
            try {
                span = new TimeWindow(from, to);
            } catch (InvalidInputException e) {
                throw s.relocate(e);
            }
            Optional<TimeWindow> steady = s.optMap("steady").map(w -> {
                w.allowOnly("from", "to");
                try {
                    return new TimeWindow(w.quantity("from", Dimension.TIME, null), w.quantity("to", Dimension.TIME,
                            null));
                } catch (InvalidInputException e) {
                    throw w.relocate(e);
                }
            });
            out.add(new Segment(label, span, steady, s.bool("exclude", false), s.string("note", "")));
        }
        return out;
    }

    private static String gas(ScalarNode s) {
        return Fields.gas(s, s.string());
    }

}
