package org.permlab.app.json;

import java.util.Set;

/**
 * The one key style of permlab's JSON: snake_case, ending in the unit ({@code permeance_gpu},
 * {@code flow_mol_per_s}, {@code temperature_K}); the standard uncertainty of a value sits before the unit
 * ({@code permeance_sd_gpu}, {@code flow_sd_mol_per_s}, {@code temperature_sd_K}) or, for a number without a unit,
 * at the end ({@code stage_cut_sd}).
 */
public final class ResultKeys {

    /** Words that end a key as (part of) its unit. */
    private static final Set<String> UNIT_WORDS = Set.of("ns", "ps", "us", "ms", "s", "h", "min", "d", "pct", "ppm",
            "gpu", "barrer", "si", "k", "pa", "kpa", "mpa", "bar", "mbar", "torr", "w", "kw", "mw", "j", "kj", "kwh",
            "mol", "mmol", "kmol", "per", "m", "m2", "m3", "cm", "cm2", "cm3", "mm", "um", "nm", "angstrom", "g",
            "kg", "mg", "deg", "rad", "cm1", "channel", "channels", "stp", "usd", "eur", "a", "year", "l", "ml");

    private ResultKeys() {
    }

    /**
     * The key of a value's standard uncertainty: {@code _sd} inserted before the trailing unit words, or appended
     * when the key has none. The first word always stays the quantity ({@code s_sd} for a key {@code s}).
     */
    public static String sdKey(String key) {
        String[] w = key.split("_", -1);
        int unitStart = w.length;
        while (unitStart > 1 && UNIT_WORDS.contains(w[unitStart - 1].toLowerCase(java.util.Locale.ROOT))) {
            unitStart--;
        }
        // "per" cannot end a quantity name: in "drift_per_hundred_h" the unit is "h" alone
        if (unitStart < w.length && w[unitStart].equalsIgnoreCase("per") && unitStart == w.length - 1) {
            unitStart++;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < unitStart; i++) {
            b.append(i > 0 ? "_" : "").append(w[i]);
        }
        b.append("_sd");
        for (int i = unitStart; i < w.length; i++) {
            b.append('_').append(w[i]);
        }
        return b.toString();
    }
}
