package org.permlab.io.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.result.Worded;

/**
 * A YAML mapping or JSON object, keys in file order, with typed accessors whose errors name the field and line.
 *
 * @param keyLocations where each key is written (for "unknown key" errors)
 */
public record MapNode(Location location, String path, Map<String, Node> entries, Map<String, Location> keyLocations)
        implements Node {

    public MapNode {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
    }

    @Override
    public String kind() {
        return "a mapping";
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        Node n = entries.get(key);
        return n != null && !(n instanceof ScalarNode s && s.isNull());
    }

    /** The node under a key, empty when absent or null. */
    public Optional<Node> get(String key) {
        return has(key) ? Optional.of(entries.get(key)) : Optional.empty();
    }

    /** The node under a key; its absence is an error placed at this mapping. */
    public Node require(String key) {
        return get(key).orElseThrow(() -> missing(key));
    }

    /** An error for a missing required key. */
    public InvalidInputException missing(String key) {
        Location at = location();
        String field = path().isEmpty() ? key : path() + "." + key;
        return InvalidInputException.at(at.source(), at.line(), at.column(), field, "missing required field '"
                + key + "'");
    }

    /** Rejects keys other than the given ones, suggesting the closest allowed key. */
    public MapNode allowOnly(String... allowed) {
        List<String> ok = Arrays.asList(allowed);
        for (String key : entries.keySet()) {
            if (!ok.contains(key)) {
                Location at = keyLocations.getOrDefault(key, location());
                String field = path().isEmpty() ? key : path() + "." + key;
                String hint = closest(key, ok).map(c -> "; did you mean '" + c + "'?").orElse("");
                throw InvalidInputException.at(at.source(), at.line(), at.column(), field, "unknown field '" + key
                        + "'" + hint + " (allowed here: " + String.join(", ", new TreeSet<>(ok)) + ")");
            }
        }
        return this;
    }

    public String string(String key) {
        return require(key).asScalar().string();
    }

    public Optional<String> optString(String key) {
        return get(key).map(n -> n.asScalar().string());
    }

    /**
     * A word of a {@link Worded} enum ({@code feed_side: retentate}), spelt as {@link Worded#parse} allows; any
     * other text is an error at the value, listing the words.
     */
    public <E extends Enum<E> & Worded> Optional<E> optWorded(String key, Class<E> type) {
        return optString(key).map(t -> Worded.parse(type, t).orElseThrow(() -> require(key).error(
                "expected one of " + Worded.words(type) + ", got '" + t + "'")));
    }

    public String string(String key, String defaultValue) {
        return optString(key).orElse(defaultValue);
    }

    public double number(String key) {
        return require(key).asScalar().number();
    }

    public Optional<Double> optNumber(String key) {
        return get(key).map(n -> n.asScalar().number());
    }

    public int integer(String key) {
        return require(key).asScalar().integer();
    }

    public boolean bool(String key, boolean defaultValue) {
        return get(key).map(n -> n.asScalar().bool()).orElse(defaultValue);
    }

    public MapNode map(String key) {
        return require(key).asMap();
    }

    public Optional<MapNode> optMap(String key) {
        return get(key).map(Node::asMap);
    }

    public ListNode list(String key) {
        return require(key).asList();
    }

    /** A list, or an empty one when absent. */
    public List<Node> listOrEmpty(String key) {
        return get(key).map(n -> n.asList().items()).orElse(List.of());
    }

    /** A quantity with a unit, in SI. */
    public double quantity(String key, Dimension dimension, ReferenceState flowReference) {
        return measured(key, dimension, flowReference).value();
    }

    public Optional<Double> optQuantity(String key, Dimension dimension, ReferenceState flowReference) {
        return optMeasured(key, dimension, flowReference).map(Measured::value);
    }

    /**
     * An optional quantity, in SI, that must lie in {@code [min, max]} (in SI); outside it is an error at the value
     * that names the range in the quantity's own words, {@code why}.
     */
    public Optional<Double> optQuantityIn(String key, Dimension dimension, ReferenceState flowReference, double min,
            double max, String why) {
        Optional<Double> v = optQuantity(key, dimension, flowReference);
        if (v.isPresent() && !(v.get() >= min && v.get() <= max)) {
            throw require(key).error(why + ", got '" + require(key).asScalar().text() + "'");
        }
        return v;
    }

    /** A positive quantity, in SI. */
    public double positiveQuantity(String key, Dimension dimension, ReferenceState flowReference) {
        return positiveMeasured(key, dimension, flowReference).value();
    }

    /**
     * A quantity with optional uncertainty: {@code "10.7 ± 1.0 um"} or a mapping {@code {value: 10.7, sd: 1.0,
     * unit: um}}.
     */
    public Measured measured(String key, Dimension dimension, ReferenceState flowReference) {
        return optMeasured(key, dimension, flowReference).orElseThrow(() -> missing(key));
    }

    public Optional<Measured> optMeasured(String key, Dimension dimension, ReferenceState flowReference) {
        Optional<Node> node = get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof MapNode m) {
            m.allowOnly("value", "sd", "unit");
            var unit = Units.parse(m.string("unit"), dimension);
            double value = m.number("value");
            double sd = m.optNumber("sd").orElse(0.0);
            if (sd < 0) {
                throw m.require("sd").error("an uncertainty cannot be negative, got " + sd);
            }
            return Optional.of(new Measured(unit.toSi(value, flowReference),
                    Math.abs(unit.differenceToSi(sd, flowReference))));
        }
        return Optional.of(node.get().asScalar().measured(dimension, flowReference));
    }

    /** A measured quantity whose value must be positive. */
    public Measured positiveMeasured(String key, Dimension dimension, ReferenceState flowReference) {
        Measured m = measured(key, dimension, flowReference);
        requirePositive(key, m.value());
        return m;
    }

    public Optional<Measured> optPositiveMeasured(String key, Dimension dimension, ReferenceState flowReference) {
        Optional<Measured> m = optMeasured(key, dimension, flowReference);
        m.ifPresent(x -> requirePositive(key, x.value()));
        return m;
    }

    private void requirePositive(String key, double si) {
        if (!(si > 0)) {
            Node n = require(key);
            String written = n instanceof ScalarNode s ? s.text() : "a value of " + si + " (SI)";
            throw n.error("must be positive, got " + written);
        }
    }

    private static Optional<String> closest(String key, List<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = editDistance(key.toLowerCase(java.util.Locale.ROOT), a.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The entries as a list of (key, node) pairs, in file order. */
    public List<Map.Entry<String, Node>> entryList() {
        return new ArrayList<>(entries.entrySet());
    }
}
