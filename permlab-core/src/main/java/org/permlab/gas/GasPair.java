package org.permlab.gas;

import org.permlab.error.InvalidInputException;

/**
 * A gas pair, fast gas first, as in "He/N2": the selectivity is P_fast / P_slow.
 *
 * @param fast the faster gas (formula as permlab prints it, e.g. {@code He})
 * @param slow the slower gas
 */
public record GasPair(String fast, String slow) {

    public GasPair {
        if (fast.equals(slow)) {
            throw InvalidInputException.of("pair", "a pair needs two different gases, got " + fast + "/" + slow);
        }
    }

    /**
     * Parses {@code FAST/SLOW} with gas names in any case ("he/n2", "helium/nitrogen"); each gas must be in the gas
     * database, and the pair is returned with the database's formulas.
     */
    public static GasPair parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("pair", "expected a gas pair such as He/N2, got nothing");
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw InvalidInputException.of("pair", "expected a gas pair written FAST/SLOW such as He/N2, got '"
                    + text.strip() + "'");
        }
        GasDatabase db = GasDatabase.standard();
        Species fast = db.lookup(parts[0].strip());
        Species slow = db.lookup(parts[1].strip());
        return new GasPair(fast.formula(), slow.formula());
    }

    @Override
    public String toString() {
        return fast + "/" + slow;
    }
}
