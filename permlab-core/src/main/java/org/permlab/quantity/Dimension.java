package org.permlab.quantity;

import java.util.Locale;

import org.permlab.result.Worded;

/**
 * The physical dimensions permlab reads and prints, each with the SI unit values are held in. Its word is the
 * lower-case, hyphenated name ({@code molar-flow}).
 */
public enum Dimension implements Worded {
    DIMENSIONLESS("1", "dimensionless (fractions, percent)"),
    LENGTH("m", "length"),
    AREA("m2", "area"),
    VOLUME("m3", "volume"),
    TIME("s", "time"),
    MASS("kg", "mass"),
    AMOUNT("mol", "amount of substance"),
    TEMPERATURE("K", "temperature"),
    PRESSURE("Pa", "pressure"),
    MOLAR_FLOW("mol/s", "gas flow (molar, or volume at a reference state)"),
    PERMEANCE("mol/(m2 s Pa)", "permeance"),
    PERMEABILITY("mol/(m s Pa)", "permeability"),
    ENERGY("J", "energy"),
    POWER("W", "power"),
    MOLAR_ENERGY("J/mol", "molar energy (activation energy, heat of adsorption)"),
    MOLAR_MASS("kg/mol", "molar mass"),
    SPECIFIC_ENERGY("J/kg", "energy per mass"),
    MOLAR_HEAT_CAPACITY("J/(mol K)", "molar heat capacity");

    private final String siSymbol;
    private final String description;

    Dimension(String siSymbol, String description) {
        this.siSymbol = siSymbol;
        this.description = description;
    }

    /** The SI unit values of this dimension are held in inside permlab. */
    public String siSymbol() {
        return siSymbol;
    }

    public String description() {
        return description;
    }

    /** The lower-case, hyphenated name used on the command line and in JSON, e.g. {@code molar-flow}. */
    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
