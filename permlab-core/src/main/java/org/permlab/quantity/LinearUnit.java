package org.permlab.quantity;

import java.util.List;

/**
 * A unit with SI value = value x factor + offset (the offset is non-zero only for temperature scales).
 *
 * @param symbol      canonical symbol
 * @param aliases     other accepted spellings
 * @param dimension   what it measures
 * @param factor      SI value of one unit (for a temperature scale, of one degree)
 * @param offset      SI value of the scale's zero (273.15 for degrees Celsius)
 * @param description definition, one line
 */
public record LinearUnit(String symbol, List<String> aliases, Dimension dimension, double factor, double offset,
        String description) implements Unit {

    public LinearUnit {
        aliases = List.copyOf(aliases);
    }

    @Override
    public double toSi(double value, ReferenceState flowReference) {
        return value * factor + offset;
    }

    @Override
    public double fromSi(double siValue, ReferenceState flowReference) {
        return (siValue - offset) / factor;
    }
}
