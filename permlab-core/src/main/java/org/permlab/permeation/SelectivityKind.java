package org.permlab.permeation;

/** How a selectivity was measured (CONVENTIONS §3). */
public enum SelectivityKind implements org.permlab.result.Worded {
    /** P_i / P_j from single-gas runs. */
    IDEAL,
    /** (y_i / y_j) / (x_i / x_j) from a mixed-gas run. */
    SEPARATION_FACTOR;

    /** The word used in JSON: {@code ideal} or {@code separation_factor}. */
    @Override
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How tables and text name it: {@code ideal} or {@code separation factor}. */
    public String label() {
        return word().replace('_', ' ');
    }
}
