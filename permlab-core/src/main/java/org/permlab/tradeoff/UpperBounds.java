package org.permlab.tradeoff;

import org.permlab.gas.GasPair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.permlab.data.BundledTable;
import org.permlab.error.InvalidInputException;
import org.permlab.gas.Citation;

/**
 * The upper bounds bundled with permlab: {@code upper-bounds.tsv} (one line per bound, numbers as published, a
 * source key and how the numbers were checked) and {@code upper-bound-sources.tsv} (the citations). Immutable once
 * loaded; {@code docs/tradeoff.md} lists which lines of the literature are in and which are left out, and why.
 */
public final class UpperBounds {

    private static final String BASE = "/org/permlab/tradeoff/";

    private final List<UpperBound> bounds;

    private UpperBounds(List<UpperBound> bounds) {
        List<UpperBound> sorted = new ArrayList<>(bounds);
        sorted.sort(Comparator.comparing((UpperBound b) -> b.pair().toString()).thenComparingInt(UpperBound::year));
        this.bounds = List.copyOf(sorted);
    }

    private static final class Holder {
        static final UpperBounds STANDARD = load();
    }

    /** The bounds bundled with permlab. */
    public static UpperBounds standard() {
        return Holder.STANDARD;
    }

    /** Every bound, by pair then year. */
    public List<UpperBound> all() {
        return bounds;
    }

    /** The bounds of one pair, oldest first (empty when permlab has none for it). */
    public List<UpperBound> forPair(GasPair pair) {
        return bounds.stream().filter(b -> b.pair().equals(pair)).toList();
    }

    /** One line, if permlab has it. */
    public Optional<UpperBound> find(GasPair pair, int year) {
        return bounds.stream().filter(b -> b.pair().equals(pair) && b.year() == year).findFirst();
    }

    /** The pairs that have at least one bound, in order. */
    public List<GasPair> pairs() {
        Set<GasPair> pairs = new LinkedHashSet<>();
        bounds.forEach(b -> pairs.add(b.pair()));
        return List.copyOf(pairs);
    }

    /** The pairs, written FAST/SLOW and comma-separated, for messages. */
    public String pairList() {
        return pairs().stream().map(GasPair::toString).collect(Collectors.joining(", "));
    }

    private static UpperBounds load() {
        Map<String, Citation> sources = new LinkedHashMap<>();
        for (String[] row : BundledTable.rows(UpperBounds.class, BASE + "upper-bound-sources.tsv", 2)) {
            sources.put(row[0], new Citation(row[0], row[1]));
        }
        List<UpperBound> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String[] row : BundledTable.rows(UpperBounds.class, BASE + "upper-bounds.tsv", 8)) {
            String where = "upper-bounds.tsv: " + String.join(" ", row);
            try {
                GasPair pair = GasPair.parse(row[0]);
                int year = Integer.parseInt(row[1].strip());
                double a = Double.parseDouble(row[4].strip());
                double b = Double.parseDouble(row[5].strip());
                BoundForm form = switch (row[3].strip()) {
                    case "robeson" -> new RobesonForm(a, b);
                    case "freeman" -> new FreemanForm(a, b);
                    default -> throw new IllegalStateException(where + ": form must be robeson or freeman");
                };
                Citation source = sources.get(row[6].strip());
                if (source == null) {
                    throw new IllegalStateException(where + ": unknown source key");
                }
                if (!seen.add(pair + "@" + year)) {
                    throw new IllegalStateException(where + ": the pair and year appear twice");
                }
                out.add(new UpperBound(pair, year, row[2].strip(), form, source, row[7].strip()));
            } catch (NumberFormatException | InvalidInputException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return new UpperBounds(out);
    }
}
