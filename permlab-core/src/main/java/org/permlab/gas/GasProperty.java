package org.permlab.gas;

import org.permlab.quantity.Dimension;

/** A property of a gas species held in the data file, with the unit it is printed in. */
public enum GasProperty {
    MOLAR_MASS("molar_mass", "molar mass", Dimension.MOLAR_MASS, "g/mol"),
    KINETIC_DIAMETER("kinetic_diameter", "kinetic diameter", Dimension.LENGTH, "A"),
    LJ_SIGMA("lj_sigma", "Lennard-Jones sigma", Dimension.LENGTH, "A"),
    LJ_EPSILON_OVER_K("lj_epsilon_over_k", "Lennard-Jones epsilon/k", Dimension.TEMPERATURE, "K"),
    CRITICAL_TEMPERATURE("critical_temperature", "critical temperature", Dimension.TEMPERATURE, "K"),
    CRITICAL_PRESSURE("critical_pressure", "critical pressure", Dimension.PRESSURE, "MPa"),
    IDEAL_GAS_HEAT_CAPACITY("ideal_gas_cp", "ideal-gas heat capacity cp at 298.15 K", Dimension.MOLAR_HEAT_CAPACITY,
            "J/(mol K)");

    private final String key;
    private final String label;
    private final Dimension dimension;
    private final String displayUnit;

    GasProperty(String key, String label, Dimension dimension, String displayUnit) {
        this.key = key;
        this.label = label;
        this.dimension = dimension;
        this.displayUnit = displayUnit;
    }

    /** The key used in the data file and in JSON, e.g. {@code molar_mass}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The unit this property is usually quoted in. */
    public String displayUnit() {
        return displayUnit;
    }

    /** The property with this data-file key. */
    public static java.util.Optional<GasProperty> ofKey(String key) {
        for (GasProperty p : values()) {
            if (p.key.equals(key)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
