package org.permlab.permeation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which feed-side composition x enters a separation factor (y_i / y_j) / (x_i / x_j) (CONVENTIONS §3): most MOF
 * papers use the feed (the default), IUPAC the retentate.
 */
public enum SelectivityBasis implements org.permlab.result.Convention {
    FEED("feed", "x = feed (inlet) composition from the mass-flow controllers"),
    RETENTATE("retentate", "x = retentate composition (F_i - N_i) / (F_feed - sum_j N_j), as IUPAC defines it");

    private final String word;
    private final String definition;

    SelectivityBasis(String word, String definition) {
        this.word = word;
        this.definition = definition;
    }

    public String word() {
        return word;
    }

    public String definition() {
        return definition;
    }

    /** {@code separation_factor_basis}. */
    @Override
    public String key() {
        return "separation_factor_basis";
    }

    /** The basis and its definition. */
    @Override
    public String statement() {
        return word + ": " + definition;
    }

    public static Optional<SelectivityBasis> ofWord(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.word.equals(t)).findFirst();
    }
}
