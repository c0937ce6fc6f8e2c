package org.permlab.gas;

/**
 * Knudsen selectivity: in Knudsen diffusion the molar flux scales as M^-1/2, so the ideal selectivity of i over j
 * is sqrt(M_j / M_i). CONVENTIONS §2: He/N2 2.6455, He/CH4 2.0020, CO2/N2 0.7978, H2/N2 3.7278.
 */
public final class Knudsen {

    private Knudsen() {
    }

    /** sqrt(M_slow / M_fast): the selectivity of {@code fast} over {@code slow} in Knudsen flow. */
    public static double selectivity(Species fast, Species slow) {
        return Math.sqrt(slow.molarMassKgPerMol() / fast.molarMassKgPerMol());
    }
}
