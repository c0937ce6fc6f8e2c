package org.permlab.permeation;

import org.permlab.result.Convention;
import org.permlab.result.Worded;

/**
 * Which feed-side composition x enters a separation factor (y_i / y_j) / (x_i / x_j) (docs/permeation.md,
 * "Conventions"): most MOF papers use the feed (the default), IUPAC the retentate.
 */
public enum SelectivityBasis implements Convention, Worded {
    FEED("feed", "x = feed (inlet) composition from the mass-flow controllers"),
    RETENTATE("retentate", "x = retentate composition (F_i - N_i) / (F_feed - sum_j N_j), as IUPAC defines it");

    private final String word;
    private final String definition;

    SelectivityBasis(String word, String definition) {
        this.word = word;
        this.definition = definition;
    }

    @Override
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
}
