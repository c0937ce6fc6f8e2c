package org.permlab.gas;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.error.InvalidInputException;

/**
 * A gas species: its formula (the identifier permlab prints, e.g. {@code He}), name, accepted aliases and data.
 *
 * @param formula    the formula, as printed ({@code He}, {@code CH4})
 * @param name       the common name ({@code helium})
 * @param aliases    other accepted names
 * @param cas        CAS registry number
 * @param properties the data, each value with its source
 */
public record Species(String formula, String name, List<String> aliases, String cas,
        Map<GasProperty, SourcedValue> properties) {

    public Species {
        aliases = List.copyOf(aliases);
        EnumMap<GasProperty, SourcedValue> copy = new EnumMap<>(GasProperty.class);
        copy.putAll(properties);
        properties = Collections.unmodifiableMap(copy);
    }

    /** A property, if the database holds it for this species. */
    public Optional<SourcedValue> property(GasProperty property) {
        return Optional.ofNullable(properties.get(property));
    }

    /** A property that the calculation needs; its absence is bad input. */
    public SourcedValue require(GasProperty property) {
        SourcedValue v = properties.get(property);
        if (v == null) {
            throw InvalidInputException.of(formula, "the gas database has no " + property.label() + " for "
                    + formula);
        }
        return v;
    }

    /** Molar mass, kg mol^-1. */
    public double molarMassKgPerMol() {
        return require(GasProperty.MOLAR_MASS).valueSi();
    }

    /** Kinetic diameter (Breck), m. */
    public double kineticDiameterM() {
        return require(GasProperty.KINETIC_DIAMETER).valueSi();
    }

    @Override
    public String toString() {
        return formula;
    }
}
