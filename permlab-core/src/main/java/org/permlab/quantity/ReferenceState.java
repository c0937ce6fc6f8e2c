package org.permlab.quantity;

import org.permlab.error.InvalidInputException;

/**
 * The temperature and pressure at which a gas volume is stated, e.g. the reference state of a mass-flow
 * controller's "mL/min".
 *
 * <p>CONVENTIONS §1: "mln/min" and US "sccm" are 0 C and 1 atm (1 mL/min = 7.4358e-7 mol/s); "mls/min"
 * (European standard) is 20 C, 1 atm (6.9285e-7 mol/s); some makers use 25 C, 1 atm (6.8123e-7 mol/s).
 * The 0 C / 1 atm state is the default and is printed with every result.
 *
 * @param temperatureK reference temperature, K
 * @param pressurePa   reference pressure, Pa
 * @param label        a short human label, e.g. {@code "0 C, 1 atm"}
 */
public record ReferenceState(double temperatureK, double pressurePa, String label) {

    /** 0 C, 1 atm: "normal" (mln/min, sccm), and STP for cm3(STP). The default. */
    public static final ReferenceState NORMAL = new ReferenceState(Constants.ZERO_CELSIUS_K, Constants.ATMOSPHERE_PA,
            "0 C, 1 atm");
    /** 20 C, 1 atm: the European "standard" of mls/min. */
    public static final ReferenceState STANDARD_20C = new ReferenceState(293.15, Constants.ATMOSPHERE_PA, "20 C, 1 atm");
    /** 25 C, 1 atm: the default of some makers. */
    public static final ReferenceState STANDARD_25C = new ReferenceState(298.15, Constants.ATMOSPHERE_PA, "25 C, 1 atm");

    public ReferenceState {
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
            throw InvalidInputException.of("reference temperature", "must be above 0 K, got " + temperatureK + " K");
        }
        if (!(pressurePa > 0) || !Double.isFinite(pressurePa)) {
            throw InvalidInputException.of("reference pressure", "must be positive, got " + pressurePa + " Pa");
        }
    }

    /** Moles of ideal gas per cubic metre at this state, p / (R T), mol m^-3. */
    public double molesPerCubicMetre() {
        return pressurePa / (Constants.GAS_CONSTANT * temperatureK);
    }

    /** Molar volume of an ideal gas at this state, R T / p, m^3 mol^-1 (22 413.97 cm3/mol at 0 C, 1 atm). */
    public double molarVolume() {
        return Constants.GAS_CONSTANT * temperatureK / pressurePa;
    }

    /**
     * Parses {@code 0C}, {@code 20C}, {@code 25C}, or {@code T,p} with units, e.g. {@code "293.15K,1atm"} or
     * {@code "20C,1bar"}.
     */
    public static ReferenceState parse(String text) {
        String t = text.strip().replace(" ", "");
        ReferenceState named = switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "0c", "normal", "stp", "273.15k" -> NORMAL;
            case "20c", "293.15k" -> STANDARD_20C;
            case "25c", "298.15k" -> STANDARD_25C;
            default -> null;
        };
        if (named != null) {
            return named;
        }
        String[] parts = t.split("[,;]", -1);
        if (parts.length != 2) {
            throw InvalidInputException.of("reference state",
                    "expected 0C, 20C, 25C or 'T,p' such as '293.15K,1atm', got '" + text + "'");
        }
        double temperature = Quantities.parse(parts[0], Dimension.TEMPERATURE, NORMAL);
        double pressure = Quantities.parse(parts[1], Dimension.PRESSURE, NORMAL);
        return new ReferenceState(temperature, pressure, parts[0] + ", " + parts[1]);
    }
}
