package org.permlab.io.tree;

import java.util.Locale;

import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Measured;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;

/**
 * A single value as written in the file (YAML scalars keep their text: {@code 2.0 cm2}, {@code 10.7}, {@code yes}).
 *
 * @param text   the text as written; empty for a null
 * @param isNull true for YAML {@code ~}, {@code null} or an empty value
 */
public record ScalarNode(Location location, String path, String text, boolean isNull) implements Node {

    @Override
    public String kind() {
        return isNull ? "nothing (an empty value)" : "the value '" + text + "'";
    }

    /** The text; an empty value is an error. */
    public String string() {
        if (isNull || text.isBlank()) {
            throw error("expected a value, got nothing");
        }
        return text;
    }

    /** A finite number. */
    public double number() {
        try {
            double v = Double.parseDouble(string().strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw error("expected a number, got '" + text + "'");
    }

    /** A whole number. */
    public int integer() {
        try {
            return Integer.parseInt(string().strip());
        } catch (NumberFormatException e) {
            throw error("expected a whole number, got '" + text + "'");
        }
    }

    /** true/false (also yes/no, on/off). */
    public boolean bool() {
        return switch (string().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error("expected true or false, got '" + text + "'");
        };
    }

    /** One of the allowed words (case-insensitive), returned in lower case. */
    public String oneOf(String... allowed) {
        String v = string().strip().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        throw error("expected one of " + String.join(", ", allowed) + ", got '" + text + "'");
    }

    /** A quantity with a unit ({@code "2 cm2"}), in SI. */
    public double quantity(Dimension dimension, ReferenceState flowReference) {
        return parsed(dimension, null).si(flowReference);
    }

    /** A quantity, where a bare number means {@code defaultUnit}. */
    public double quantity(Dimension dimension, Unit defaultUnit, ReferenceState flowReference) {
        return parsed(dimension, defaultUnit).si(flowReference);
    }

    /** A quantity with an optional {@code ± sd} ({@code "10.7 ± 1.0 um"}), in SI. */
    public Measured measured(Dimension dimension, ReferenceState flowReference) {
        return parsed(dimension, null).measuredSi(flowReference);
    }

    /** The parsed quantity with the unit written. */
    public Quantities.Parsed parsed(Dimension dimension, Unit defaultUnit) {
        try {
            return Quantities.parseWithUnit(string(), dimension, defaultUnit);
        } catch (InvalidInputException e) {
            throw relocate(e);
        }
    }
}
