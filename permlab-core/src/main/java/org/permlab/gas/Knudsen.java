package org.permlab.gas;

import org.permlab.result.Convention;
import org.permlab.result.Conventions;

/**
 * Knudsen selectivity: in Knudsen diffusion the molar flux scales as M^-1/2, so the ideal selectivity of i over j
 * is sqrt(M_j / M_i). CONVENTIONS §2: He/N2 2.6455, He/CH4 2.0020, CO2/N2 0.7978, H2/N2 3.7278.
 */
public final class Knudsen {

    /** The definition, as results state it. */
    public static final Convention CONVENTION = Convention.of("knudsen",
            "sqrt(M_slow / M_fast), molar masses from IUPAC 2007 atomic weights");

    private Knudsen() {
    }

    /** The selectivity of {@code fast} over {@code slow} with the molar masses it comes from. */
    public static KnudsenSelectivity of(Species fast, Species slow) {
        return new KnudsenSelectivity(fast, slow, selectivity(fast, slow), fast.molarMassKgPerMol() * 1e3,
                slow.molarMassKgPerMol() * 1e3, fast.require(GasProperty.MOLAR_MASS).source().text(),
                Conventions.of(CONVENTION));
    }

    /**
     * The permeance Knudsen flow predicts for {@code species} from a reference species' measured permeance:
     * P_ref sqrt(M_ref / M_species) (any permeance unit in, the same out).
     */
    public static double expectedPermeance(Species reference, double referencePermeance, Species species) {
        return referencePermeance * selectivity(species, reference);
    }

    /** sqrt(M_slow / M_fast): the selectivity of {@code fast} over {@code slow} in Knudsen flow. */
    public static double selectivity(Species fast, Species slow) {
        return Math.sqrt(slow.molarMassKgPerMol() / fast.molarMassKgPerMol());
    }
}
