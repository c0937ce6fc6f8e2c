package org.permlab.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.permlab.error.InvalidInputException;
import org.permlab.gas.GasDatabase;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;

/** Parsing of option values shared by the verbs; every error names the option. */
public final class OptionValues {

    private OptionValues() {
    }

    /**
     * The value that {@code parse} makes of what an option was given; bad input it finds (which names the quantity,
     * as core does) is reported at the option instead: {@code given("--i3", () -> parse(text))}.
     */
    public static <T> T given(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(option, e.problem());
        }
    }

    /**
     * A quantity given to an option, in SI: {@code --area 2cm2}.
     *
     * @param defaultUnit the unit of a bare number, or {@code null} to require a unit
     */
    public static double quantity(String option, String text, Dimension dimension, Unit defaultUnit,
            ReferenceState flowReference) {
        return given(option, () -> Quantities.parseWithUnit(text, dimension, defaultUnit).si(flowReference));
    }

    /**
     * {@code GAS=value} pairs separated by commas ({@code He=0.5,N2=0.5}), keyed by the database formula of each gas
     * (any name or case is accepted) in the order given; the values stay text for the caller to parse.
     */
    public static Map<String, String> speciesValues(String option, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw InvalidInputException.of(option, "expected GAS=value pairs separated by commas, such as "
                        + "He=0.5,N2=0.5; got '" + part + "'");
            }
            String gas = given(option, () -> GasDatabase.standard().lookup(kv[0].strip()).formula());
            if (out.put(gas, kv[1].strip()) != null) {
                throw InvalidInputException.of(option, gas + " is given twice");
            }
        }
        return out;
    }

    /** {@code GAS=number} pairs, the numbers plain (their unit given by another option). */
    public static Map<String, Double> speciesNumbers(String option, String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        speciesValues(option, text).forEach((gas, value) -> {
            try {
                out.put(gas, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of(option, "expected a number for " + gas + ", got '" + value + "'");
            }
        });
        return out;
    }
}
