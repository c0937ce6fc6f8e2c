package org.permlab.gas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;

/**
 * What a user reads of one species: its names and every value the database holds for it, each in the unit it is
 * quoted in and in SI, with its source. This is the result of {@code permlab gas show} and an entry of the report's
 * gas section.
 *
 * @param formula    the formula, as printed
 * @param name       the common name
 * @param aliases    other accepted names
 * @param cas        CAS registry number
 * @param properties by {@link GasProperty#key()}, in the order of {@link GasProperty}
 */
public record SpeciesData(String formula, String name, List<String> aliases, String cas,
        Map<String, Value> properties) {

    public SpeciesData {
        aliases = List.copyOf(aliases);
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * One property.
     *
     * @param value   in the unit it is quoted in ({@link GasProperty#displayUnit()})
     * @param unit    that unit's symbol
     * @param valueSi in SI
     * @param siUnit  the SI unit's symbol
     * @param source  the citation
     */
    public record Value(double value, String unit, double valueSi, String siUnit, String source) {
    }

    /** The data of a species. */
    public static SpeciesData of(Species s) {
        Map<String, Value> props = new LinkedHashMap<>();
        for (GasProperty p : GasProperty.values()) {
            s.property(p).ifPresent(v -> {
                Unit unit = Units.parse(p.displayUnit(), p.dimension());
                props.put(p.key(), new Value(unit.fromSi(v.valueSi(), ReferenceState.NORMAL), unit.symbol(),
                        v.valueSi(), p.dimension().siSymbol(), v.source().text()));
            });
        }
        return new SpeciesData(s.formula(), s.name(), s.aliases(), s.cas(), props);
    }

    /** The data of every species of a database, in its order. */
    public static List<SpeciesData> all(GasDatabase db) {
        return db.all().stream().map(SpeciesData::of).toList();
    }
}
