package org.permlab.io.safety;

import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/**
 * Ceilings above which a value read from a file is taken as a unit slip rather than a measurement, shared by every
 * reader (docs/input-limits.md lists them with the rig-log ranges).
 */
public final class Plausible {

    /**
     * The largest permeance taken as real, GPU: far above the most permeable membranes reported (graphene and MOF
     * films near 10^5 GPU), far below a unit slip such as mol m-2 s-1 Pa-1 read as GPU.
     */
    public static final double MAX_PERMEANCE_GPU = 1e8;

    /** The largest permeability taken as real, Barrer (PTMSP, the most permeable polymer, is near 10^4 Barrer). */
    public static final double MAX_PERMEABILITY_BARRER = 1e8;

    /**
     * The largest selectivity taken as real (and its inverse the smallest): far beyond the 10^4 to 10^5 of the most
     * selective molecular sieves, and small enough that the trade-off arithmetic (alpha^n with |n| up to the 5.8 of the bundled bounds)
     * stays within double range.
     */
    public static final double MAX_SELECTIVITY = 1e8;

    private Plausible() {
    }

    /** Whether a selectivity lies within 1/{@link #MAX_SELECTIVITY} to {@link #MAX_SELECTIVITY}. */
    public static boolean selectivity(double alpha) {
        return alpha >= 1 / MAX_SELECTIVITY && alpha <= MAX_SELECTIVITY;
    }

        /** {@link #MAX_PERMEANCE_GPU} in mol/(m2 s Pa). */
    public static double maxPermeanceSi() {
        return Units.GPU.toSi(MAX_PERMEANCE_GPU, ReferenceState.NORMAL);
    }

    /** {@link #MAX_PERMEABILITY_BARRER} in mol m/(m2 s Pa). */
    public static double maxPermeabilitySi() {
        return Units.BARRER.toSi(MAX_PERMEABILITY_BARRER, ReferenceState.NORMAL);
    }
}
