package org.permlab.gas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.permlab.data.BundledTable;
import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;

/**
 * The bundled species database: {@code species.tsv} (identity), {@code species-data.tsv} (one value per line,
 * with its unit and a source key) and {@code sources.tsv} (citations). Immutable once loaded.
 */
public final class GasDatabase {

    private static final String BASE = "/org/permlab/gas/";

    private final List<Species> species;
    private final Map<String, Species> byName;
    private final Map<String, Citation> sources;

    private GasDatabase(List<Species> species, Map<String, Citation> sources) {
        this.species = List.copyOf(species);
        this.sources = Map.copyOf(sources);
        Map<String, Species> names = new LinkedHashMap<>();
        for (Species s : species) {
            List<String> keys = new ArrayList<>(s.aliases());
            keys.add(s.formula());
            keys.add(s.name());
            for (String k : keys) {
                Species prev = names.putIfAbsent(fold(k), s);
                if (prev != null && !prev.equals(s)) {
                    throw new IllegalStateException("gas name '" + k + "' is used by " + prev + " and " + s);
                }
            }
        }
        this.byName = Map.copyOf(names);
    }

    private static final class Holder {
        static final GasDatabase STANDARD = load();
    }

    /** The database bundled with permlab. */
    public static GasDatabase standard() {
        return Holder.STANDARD;
    }

    /** Every species, in the order of {@code species.tsv}. */
    public List<Species> all() {
        return species;
    }

    /** Every citation used, by key. */
    public Map<String, Citation> sources() {
        return sources;
    }

    /** Looks a species up by formula, name or alias, in any case ("He", "helium", "HELIUM"). */
    public Optional<Species> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(fold(name)));
    }

    /** Looks a species up; an unknown name is bad input that lists the known ones. */
    public Species lookup(String name) {
        return find(name).orElseThrow(() -> InvalidInputException.of("gas", "unknown gas '" + name
                + "'; known: " + species.stream().map(Species::formula).collect(Collectors.joining(", "))));
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "").replace("_", "");
    }

    private static GasDatabase load() {
        Map<String, Citation> sources = new LinkedHashMap<>();
        for (String[] row : BundledTable.rows(GasDatabase.class, BASE + "sources.tsv", 2)) {
            sources.put(row[0], new Citation(row[0], row[1]));
        }
        Map<String, String[]> identity = new LinkedHashMap<>();
        for (String[] row : BundledTable.rows(GasDatabase.class, BASE + "species.tsv", 4)) {
            identity.put(row[0], row);
        }
        Map<String, EnumMap<GasProperty, SourcedValue>> data = new LinkedHashMap<>();
        for (String[] row : BundledTable.rows(GasDatabase.class, BASE + "species-data.tsv", 5)) {
            String where = "species-data.tsv: " + String.join(" ", row);
            if (!identity.containsKey(row[0])) {
                throw new IllegalStateException(where + ": species not in species.tsv");
            }
            GasProperty property = GasProperty.ofKey(row[1])
                    .orElseThrow(() -> new IllegalStateException(where + ": unknown property"));
            Unit unit = Units.parse(row[3], property.dimension());
            double si = Quantities.parseWithUnit(row[2], property.dimension(), unit).si(ReferenceState.NORMAL);
            Citation source = sources.get(row[4]);
            if (source == null) {
                throw new IllegalStateException(where + ": unknown source key");
            }
            SourcedValue previous = data.computeIfAbsent(row[0], k -> new EnumMap<>(GasProperty.class))
                    .put(property, new SourcedValue(si, source));
            if (previous != null) {
                throw new IllegalStateException(where + ": given twice");
            }
        }
        List<Species> list = new ArrayList<>();
        for (String[] row : identity.values()) {
            List<String> aliases = row[2].isBlank() ? List.of()
                    : Arrays.stream(row[2].split(",")).map(String::strip).collect(Collectors.toList());
            list.add(new Species(row[0], row[1], aliases, row[3],
                    data.getOrDefault(row[0], new EnumMap<>(GasProperty.class))));
        }
        return new GasDatabase(list, sources);
    }
}
