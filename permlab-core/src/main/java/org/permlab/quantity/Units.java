package org.permlab.quantity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.permlab.error.InvalidInputException;

/**
 * The registry of every unit permlab reads and prints, with their definitions (CONVENTIONS §1).
 *
 * <p>Symbols are matched after normalisation (spaces, {@code ·}, {@code *} and {@code ^} dropped; {@code ²},
 * {@code ³}, {@code µ}, {@code Å}, {@code °} folded), exactly first and then ignoring case where that is
 * unambiguous, so {@code "mol/(m2 s Pa)"}, {@code "mol m-2 s-1 Pa-1"} and {@code "mol/(m² s Pa)"} are one unit.
 * The registry is immutable.
 */
public final class Units {

    private static final double STP_MOL_PER_M3 = ReferenceState.NORMAL.molesPerCubicMetre();
    private static final List<Unit> ALL;
    private static final Map<String, Unit> BY_KEY;
    private static final Map<String, List<Unit>> BY_FOLDED_KEY;

    static {
        List<Unit> u = new ArrayList<>();
        ReferenceState normal = ReferenceState.NORMAL;
        ReferenceState s20 = ReferenceState.STANDARD_20C;

        lin(u, Dimension.DIMENSIONLESS, "1", 1, "a pure number or mole fraction", "fraction", "-");
        lin(u, Dimension.DIMENSIONLESS, "%", 0.01, "percent, 1e-2", "pct", "percent", "vol%", "mol%");
        lin(u, Dimension.DIMENSIONLESS, "ppm", 1e-6, "parts per million, 1e-6", "vppm");

        lin(u, Dimension.LENGTH, "m", 1, "metre");
        lin(u, Dimension.LENGTH, "cm", 1e-2, "centimetre");
        lin(u, Dimension.LENGTH, "mm", 1e-3, "millimetre");
        lin(u, Dimension.LENGTH, "um", 1e-6, "micrometre", "micron", "microns", "micrometre", "micrometer");
        lin(u, Dimension.LENGTH, "nm", 1e-9, "nanometre");
        lin(u, Dimension.LENGTH, "pm", 1e-12, "picometre");
        lin(u, Dimension.LENGTH, "A", Constants.ANGSTROM_M, "angstrom, 1e-10 m", "angstrom", "Ang");

        lin(u, Dimension.AREA, "m2", 1, "square metre");
        lin(u, Dimension.AREA, "cm2", 1e-4, "square centimetre");
        lin(u, Dimension.AREA, "mm2", 1e-6, "square millimetre");

        lin(u, Dimension.VOLUME, "m3", 1, "cubic metre (an actual volume, not a gas amount)");
        lin(u, Dimension.VOLUME, "L", 1e-3, "litre", "l", "dm3");
        lin(u, Dimension.VOLUME, "mL", 1e-6, "millilitre", "ml", "cm3", "cc");
        lin(u, Dimension.VOLUME, "uL", 1e-9, "microlitre", "ul", "mm3");

        lin(u, Dimension.TIME, "s", 1, "second", "sec");
        lin(u, Dimension.TIME, "ms", 1e-3, "millisecond");
        lin(u, Dimension.TIME, "us", 1e-6, "microsecond");
        lin(u, Dimension.TIME, "ns", 1e-9, "nanosecond (positron lifetimes)");
        lin(u, Dimension.TIME, "ps", 1e-12, "picosecond (PALS channel widths and resolutions)");
        lin(u, Dimension.TIME, "min", 60, "minute");
        lin(u, Dimension.TIME, "h", 3600, "hour", "hr", "hours");
        lin(u, Dimension.TIME, "d", 86_400, "day", "days");

        lin(u, Dimension.MASS, "kg", 1, "kilogram");
        lin(u, Dimension.MASS, "g", 1e-3, "gram");
        lin(u, Dimension.MASS, "mg", 1e-6, "milligram");

        lin(u, Dimension.AMOUNT, "mol", 1, "mole");
        lin(u, Dimension.AMOUNT, "mmol", 1e-3, "millimole");
        lin(u, Dimension.AMOUNT, "umol", 1e-6, "micromole");

        u.add(new LinearUnit("K", List.of("kelvin"), Dimension.TEMPERATURE, 1, 0, "kelvin"));
        u.add(new LinearUnit("C", List.of("degC", "°C", "celsius", "oC"), Dimension.TEMPERATURE, 1,
                Constants.ZERO_CELSIUS_K, "degree Celsius, T/K = t/C + 273.15"));
        u.add(new LinearUnit("F", List.of("degF", "°F", "fahrenheit"), Dimension.TEMPERATURE, 5.0 / 9.0,
                Constants.ZERO_CELSIUS_K - 32.0 * 5.0 / 9.0, "degree Fahrenheit, T/K = (t/F - 32) 5/9 + 273.15"));

        lin(u, Dimension.PRESSURE, "Pa", 1, "pascal");
        lin(u, Dimension.PRESSURE, "kPa", 1e3, "kilopascal");
        lin(u, Dimension.PRESSURE, "MPa", 1e6, "megapascal");
        lin(u, Dimension.PRESSURE, "bar", Constants.BAR_PA, "bar, 1e5 Pa (absolute)", "bara");
        lin(u, Dimension.PRESSURE, "mbar", 1e2, "millibar, 100 Pa", "hPa");
        lin(u, Dimension.PRESSURE, "atm", Constants.ATMOSPHERE_PA, "standard atmosphere, 101 325 Pa");
        lin(u, Dimension.PRESSURE, "psi", Constants.PSI_PA, "pound-force per square inch, 6894.757 Pa (absolute)",
                "psia");
        lin(u, Dimension.PRESSURE, "cmHg", Constants.CMHG_PA, "conventional centimetre of mercury, 1333.224 Pa");
        lin(u, Dimension.PRESSURE, "mmHg", Constants.MMHG_PA, "conventional millimetre of mercury, 133.3224 Pa");
        lin(u, Dimension.PRESSURE, "Torr", Constants.TORR_PA, "torr, 101 325/760 Pa", "torr");

        lin(u, Dimension.MOLAR_FLOW, "mol/s", 1, "mole per second");
        lin(u, Dimension.MOLAR_FLOW, "mmol/s", 1e-3, "millimole per second");
        lin(u, Dimension.MOLAR_FLOW, "umol/s", 1e-6, "micromole per second");
        lin(u, Dimension.MOLAR_FLOW, "mol/min", 1.0 / 60, "mole per minute");
        lin(u, Dimension.MOLAR_FLOW, "mol/h", 1.0 / 3600, "mole per hour");
        lin(u, Dimension.MOLAR_FLOW, "kmol/h", 1e3 / 3600, "kilomole per hour");
        std(u, "mL/min", 1e-6 / 60, null, "millilitre per minute at the chosen reference state (--flow-ref)",
                "ml/min", "cm3/min", "ccm", "cc/min");
        std(u, "L/min", 1e-3 / 60, null, "litre per minute at the chosen reference state (--flow-ref)", "l/min",
                "lpm");
        std(u, "sccm", 1e-6 / 60, normal, "standard cm3 per minute, US convention: 0 C, 1 atm", "cm3(STP)/min",
                "mL(STP)/min");
        std(u, "mln/min", 1e-6 / 60, normal, "normal millilitre per minute: 0 C, 1 atm", "mlnmin", "nmL/min");
        std(u, "slpm", 1e-3 / 60, normal, "standard litre per minute, US convention: 0 C, 1 atm", "slm",
                "L(STP)/min");
        std(u, "ln/min", 1e-3 / 60, normal, "normal litre per minute: 0 C, 1 atm", "nL/min");
        std(u, "mls/min", 1e-6 / 60, s20, "European standard millilitre per minute: 20 C, 1 atm");
        std(u, "ls/min", 1e-3 / 60, s20, "European standard litre per minute: 20 C, 1 atm");
        std(u, "Nm3/h", 1.0 / 3600, normal, "normal cubic metre per hour: 0 C, 1 atm", "m3(STP)/h");

        lin(u, Dimension.PERMEANCE, "mol/(m2 s Pa)", 1, "SI permeance", "mol m-2 s-1 Pa-1", "mol/m2/s/Pa",
                "mol/(m2.s.Pa)");
        lin(u, Dimension.PERMEANCE, "GPU", 1e-6 * 1e-6 * STP_MOL_PER_M3 / (1e-4 * Constants.CMHG_PA),
                "gas permeation unit, 1e-6 cm3(STP) cm-2 s-1 cmHg-1 = 3.3464e-10 mol m-2 s-1 Pa-1", "gpu");
        lin(u, Dimension.PERMEANCE, "m3(STP)/(m2 h bar)", STP_MOL_PER_M3 / (3600 * Constants.BAR_PA),
                "cubic metre at 0 C, 1 atm per m2, hour and bar", "m3(STP) m-2 h-1 bar-1", "Nm3/(m2 h bar)");
        lin(u, Dimension.PERMEANCE, "mol/(m2 s bar)", 1.0 / Constants.BAR_PA, "mole per m2, second and bar");

        lin(u, Dimension.PERMEABILITY, "mol/(m s Pa)", 1, "SI permeability", "mol m-1 s-1 Pa-1", "mol/m/s/Pa");
        lin(u, Dimension.PERMEABILITY, "Barrer", 1e-10 * 1e-6 * STP_MOL_PER_M3 * 1e-2 / (1e-4 * Constants.CMHG_PA),
                "1e-10 cm3(STP) cm cm-2 s-1 cmHg-1 = 3.3464e-16 mol m-1 s-1 Pa-1", "barrer");

        lin(u, Dimension.ENERGY, "J", 1, "joule");
        lin(u, Dimension.ENERGY, "kJ", 1e3, "kilojoule");
        lin(u, Dimension.ENERGY, "MJ", 1e6, "megajoule");
        lin(u, Dimension.ENERGY, "kWh", 3.6e6, "kilowatt hour");

        lin(u, Dimension.POWER, "W", 1, "watt");
        lin(u, Dimension.POWER, "kW", 1e3, "kilowatt");
        lin(u, Dimension.POWER, "MW", 1e6, "megawatt");

        lin(u, Dimension.MOLAR_ENERGY, "J/mol", 1, "joule per mole");
        lin(u, Dimension.MOLAR_ENERGY, "kJ/mol", 1e3, "kilojoule per mole");

        lin(u, Dimension.MOLAR_MASS, "kg/mol", 1, "kilogram per mole");
        lin(u, Dimension.MOLAR_MASS, "g/mol", 1e-3, "gram per mole");

        lin(u, Dimension.SPECIFIC_ENERGY, "J/kg", 1, "joule per kilogram");
        lin(u, Dimension.SPECIFIC_ENERGY, "kWh/kg", 3.6e6, "kilowatt hour per kilogram");
        lin(u, Dimension.SPECIFIC_ENERGY, "J/g", 1e3, "joule per gram");

        lin(u, Dimension.MOLAR_HEAT_CAPACITY, "J/(mol K)", 1, "joule per mole and kelvin", "J mol-1 K-1",
                "J/mol/K");

        ALL = List.copyOf(u);
        Map<String, Unit> byKey = new LinkedHashMap<>();
        Map<String, List<Unit>> byFolded = new LinkedHashMap<>();
        for (Unit unit : ALL) {
            List<String> names = new ArrayList<>(unit.aliases());
            names.add(0, unit.symbol());
            for (String name : names) {
                String key = normalise(name);
                Unit previous = byKey.putIfAbsent(key, unit);
                if (previous != null && previous != unit) {
                    throw new IllegalStateException("unit symbol '" + name + "' is defined twice");
                }
                List<Unit> folded = byFolded.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                if (!folded.contains(unit)) {
                    folded.add(unit);
                }
            }
        }
        BY_KEY = Collections.unmodifiableMap(byKey);
        BY_FOLDED_KEY = Collections.unmodifiableMap(byFolded);
    }

    /** 1 GPU = 1e-6 cm3(STP) cm-2 s-1 cmHg-1. */
    public static final Unit GPU = parse("GPU");
    /** 1 Barrer = 1e-10 cm3(STP) cm cm-2 s-1 cmHg-1. */
    public static final Unit BARRER = parse("Barrer");
    public static final Unit BAR = parse("bar");
    public static final Unit ATM = parse("atm");
    public static final Unit CELSIUS = parse("C");
    public static final Unit ML_PER_MIN = parse("mL/min");
    public static final Unit MICROMETRE = parse("um");
    public static final Unit ANGSTROM = parse("A");

    private Units() {
    }

    private static void lin(List<Unit> list, Dimension dimension, String symbol, double factor, String description,
            String... aliases) {
        list.add(new LinearUnit(symbol, List.of(aliases), dimension, factor, 0.0, description));
    }

    private static void std(List<Unit> list, String symbol, double cubicMetresPerSecond, ReferenceState fixed,
            String description, String... aliases) {
        list.add(new StandardFlowUnit(symbol, List.of(aliases), cubicMetresPerSecond, Optional.ofNullable(fixed),
                description));
    }

    /** Every unit, in a stable order (by dimension, then as defined). */
    public static List<Unit> all() {
        return ALL;
    }

    /** The units of one dimension. */
    public static List<Unit> of(Dimension dimension) {
        return ALL.stream().filter(x -> x.dimension() == dimension).collect(Collectors.toUnmodifiableList());
    }

    /** The unit values of this dimension are held in (the first one registered, always with factor 1). */
    public static Unit si(Dimension dimension) {
        return of(dimension).get(0);
    }

    /** Finds a unit by symbol or alias, or empty. */
    public static Optional<Unit> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = normalise(text);
        Unit exact = BY_KEY.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<Unit> folded = BY_FOLDED_KEY.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    /** Finds a unit by symbol or alias; an unknown one is bad input. */
    public static Unit parse(String text) {
        return find(text).orElseThrow(() -> InvalidInputException.of("unit",
                "unknown unit '" + text + "' (see 'permlab units list' for the units permlab knows)"));
    }

    /** Finds a unit that must be of the given dimension. */
    public static Unit parse(String text, Dimension expected) {
        Unit unit = find(text).orElseThrow(() -> InvalidInputException.of("unit",
                "unknown unit '" + text + "'; expected a " + expected.description() + " unit such as "
                        + symbols(expected)));
        if (unit.dimension() != expected) {
            throw InvalidInputException.of("unit", "'" + text + "' is a " + unit.dimension().description()
                    + " unit; expected a " + expected.description() + " unit such as " + symbols(expected));
        }
        return unit;
    }

    /** The canonical symbols of a dimension, comma-separated (for messages and help). */
    public static String symbols(Dimension dimension) {
        return of(dimension).stream().map(Unit::symbol).collect(Collectors.joining(", "));
    }

    /** Converts between two units of the same dimension. */
    public static double convert(double value, Unit from, Unit to, ReferenceState flowReference) {
        if (from.dimension() != to.dimension()) {
            throw InvalidInputException.of("unit", "cannot convert " + from.dimension().description() + " ("
                    + from.symbol() + ") to " + to.dimension().description() + " (" + to.symbol() + ")");
        }
        return to.fromSi(from.toSi(value, flowReference), flowReference);
    }

    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\t', '\u00b7', '\u22c5', '*', '^', '\u00b0' -> {
                    // dropped: multiplication signs, exponent carets and the degree sign
                }
                case '\u00b2' -> sb.append('2');
                case '\u00b3' -> sb.append('3');
                case '\u00b5', '\u03bc' -> sb.append('u');
                case '\u00c5', '\u212b' -> sb.append('A');
                case '\u2212' -> sb.append('-');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
