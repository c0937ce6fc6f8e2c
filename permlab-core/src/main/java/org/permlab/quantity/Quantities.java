package org.permlab.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.permlab.error.InvalidInputException;

/**
 * Parses quantities written as text: {@code "25 mL/min"}, {@code "2cm2"}, {@code "1 atm"},
 * {@code "10.7 ± 1.0 um"}, {@code "(10.7 +- 1.0) um"}, and returns SI values.
 *
 * <p>A bare number (no unit) is accepted only where the caller names a default unit.
 */
public final class Quantities {

    private static final String NUMBER = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern QUANTITY = Pattern.compile(
            "^\\(?\\s*(" + NUMBER + ")\\s*(?:(?:±|\\+-|\\+/-)\\s*(" + NUMBER + "))?\\s*\\)?\\s*(.*?)\\s*$");

    private Quantities() {
    }

    /** A parsed quantity: value and optional uncertainty in the unit written, and the unit. */
    public record Parsed(double value, double sd, Unit unit) {

        /** The value in SI. */
        public double si(ReferenceState flowReference) {
            return unit.toSi(value, flowReference);
        }

        /** Value and uncertainty in SI. */
        public Measured measuredSi(ReferenceState flowReference) {
            return new Measured(unit.toSi(value, flowReference),
                    Math.abs(unit.differenceToSi(sd, flowReference)));
        }
    }

    /**
     * Parses text of the given dimension.
     *
     * @param text        e.g. {@code "25 mL/min"}
     * @param dimension   what it must measure
     * @param defaultUnit the unit of a bare number, or {@code null} to require a unit
     */
    public static Parsed parseWithUnit(String text, Dimension dimension, Unit defaultUnit) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(null, "expected a " + dimension.description() + " such as '"
                    + example(dimension) + "', got nothing");
        }
        Matcher m = QUANTITY.matcher(text.strip());
        if (!m.matches()) {
            throw InvalidInputException.of(null, "expected a " + dimension.description() + " such as '"
                    + example(dimension) + "', got '" + text + "'");
        }
        double value = Double.parseDouble(m.group(1));
        double sd = m.group(2) == null ? 0.0 : Double.parseDouble(m.group(2));
        if (sd < 0) {
            throw InvalidInputException.of(null, "an uncertainty cannot be negative, got '" + text + "'");
        }
        String unitText = m.group(3);
        Unit unit;
        if (unitText.isEmpty()) {
            if (defaultUnit == null) {
                throw InvalidInputException.of(null, "'" + text + "' has no unit; expected a "
                        + dimension.description() + " such as '" + example(dimension) + "'");
            }
            unit = defaultUnit;
        } else {
            try {
                unit = Units.parse(unitText, dimension);
            } catch (InvalidInputException e) {
                throw InvalidInputException.of(null, e.problem() + " (in '" + text + "')");
            }
        }
        if (!Double.isFinite(value) || !Double.isFinite(sd)) {
            throw InvalidInputException.of(null, "'" + text + "' is beyond the range of numbers permlab computes with"
                    + " (magnitudes up to about 1.8e308)");
        }
        if (dimension == Dimension.TEMPERATURE && unit.toSi(value, ReferenceState.NORMAL) < 0) {
            throw InvalidInputException.of(null, "'" + text + "' is below absolute zero (0 K = -273.15 C)");
        }
        return new Parsed(value, sd, unit);
    }

    /** Parses text of the given dimension to its SI value; a unit is required. */
    public static double parse(String text, Dimension dimension, ReferenceState flowReference) {
        return parseWithUnit(text, dimension, null).si(flowReference);
    }

    /** Parses text with an optional {@code ± sd} to an SI {@link Measured}; a unit is required. */
    public static Measured parseMeasured(String text, Dimension dimension, ReferenceState flowReference) {
        return parseWithUnit(text, dimension, null).measuredSi(flowReference);
    }

    /** An example of a quantity of this dimension, for error messages. */
    public static String example(Dimension dimension) {
        return switch (dimension) {
            case DIMENSIONLESS -> "0.5 or 50 %";
            case LENGTH -> "10.7 um";
            case AREA -> "2 cm2";
            case VOLUME -> "35 mL";
            case TIME -> "48 h";
            case MASS -> "0.1116 g";
            case AMOUNT -> "1 mmol";
            case TEMPERATURE -> "303 K or 30 C";
            case PRESSURE -> "1 bar";
            case MOLAR_FLOW -> "25 mL/min";
            case PERMEANCE -> "51 GPU";
            case PERMEABILITY -> "546 Barrer";
            case ENERGY -> "1 kWh";
            case POWER -> "10 kW";
            case MOLAR_ENERGY -> "12 kJ/mol";
            case MOLAR_MASS -> "4.0026 g/mol";
            case SPECIFIC_ENERGY -> "5 kWh/kg";
            case MOLAR_HEAT_CAPACITY -> "29.124 J/(mol K)";
        };
    }
}
