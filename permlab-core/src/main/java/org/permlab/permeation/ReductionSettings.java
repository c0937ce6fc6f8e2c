package org.permlab.permeation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.result.Convention;
import org.permlab.result.Conventions;

/**
 * The choices a reduction makes, each printed with its results.
 *
 * @param feedSide    which feed-side partial pressure enters the permeance (default inlet)
 * @param basis       which composition enters a separation factor (default feed)
 * @param steadyState the steady-state criterion
 */
public record ReductionSettings(FeedSideMode feedSide, SelectivityBasis basis, SteadyStateCriterion steadyState) {

    public static final ReductionSettings DEFAULT = new ReductionSettings(FeedSideMode.INLET, SelectivityBasis.FEED,
            SteadyStateCriterion.DEFAULT);

    /** The closed sweep balance of {@link WickeKallenbach}. */
    public static final Convention SWEEP_BALANCE = Convention.of("sweep_balance", "closed: F_out = F_sweep / (1 - "
            + "sum y_i), N_i = y_i F_out, P_i = N_i / (A (p_i - y_i p_perm)); no back-permeation of the sweep gas");
    /** The stage cut's definition. */
    public static final Convention STAGE_CUT = Convention.of("stage_cut", "theta = sum_i N_i / F_feed");
    /** What a permeance's SD is. */
    public static final Convention PERMEANCE_SD = Convention.of("permeance_sd",
            "SD over the steady injections (n - 1 in the denominator)");
    /** What a permeance's u is. */
    public static final Convention PERMEANCE_U = Convention.of("permeance_u", "standard uncertainty of the mean: "
            + "s / sqrt(n) sqrt((n - 1) / (n - 3)) (JCGM 101:2008, 6.4.9.4)");
    /** A gas below the GC's detection limit. */
    public static final Convention BELOW_DETECTION_LIMIT = Convention.of("below_detection_limit", "upper bound on "
            + "the permeance at y = detection limit; the selectivity against such a gas is then a lower bound");
    /** How ideal selectivities pair single-gas conditions ({@link PermeationReducer}). */
    public static final Convention IDEAL_SELECTIVITY = Convention.of("ideal_selectivity", "P_i / P_j from "
            + "single-gas conditions at the same temperature (within 2 K) and feed pressure (within 2 %); SD from "
            + "both SDs, independent");
    /** Permeability from permeance. */
    public static final Convention PERMEABILITY = Convention.of("permeability", "Barrer = permeance x thickness; "
            + "thickness SD propagated to first order (independent inputs)");
    /** The long-term drift test ({@link SegmentStability}). */
    public static final Convention DRIFT = Convention.of("drift", "least-squares slope over a segment's steady "
            + "injections, per 100 h, with its 95 % confidence interval (Student t, n - 2 dof); a segment differs "
            + "from the first when Welch's t-test gives p < 0.05");

    /** The GPU, from {@link Units#GPU}. */
    public static Convention gpu() {
        return Convention.of("gpu", String.format(Locale.ROOT, "1 GPU = 1e-6 cm3(STP) cm-2 s-1 cmHg-1 = %.5g mol "
                + "m-2 s-1 Pa-1 (exact, STP 0 C, 101325 Pa)", Units.GPU.toSi(1, ReferenceState.NORMAL)));
    }

    /** The reference state of the mass-flow controllers' standard flows, with its temperature and pressure. */
    public static Convention mfcReferenceState(ReferenceState ref) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("temperature_K", ref.temperatureK());
        p.put("pressure_Pa", ref.pressurePa());
        return Convention.of("mfc_reference_state", ref.label(), p);
    }

    /** Every convention of a reduction made with these settings, flows read at {@code flowReference}. */
    public Conventions conventions(ReferenceState flowReference) {
        return Conventions.of(mfcReferenceState(flowReference), SWEEP_BALANCE, feedSide, basis, STAGE_CUT,
                PERMEANCE_SD, PERMEANCE_U, steadyState, BELOW_DETECTION_LIMIT, IDEAL_SELECTIVITY, gpu(),
                PERMEABILITY, DRIFT);
    }

    /**
     * The conventions of one point by hand ({@link SweepPointResult}): no steady state, SD or series; the reference
     * state says whether it was assumed (the default) or given, and the sweep gas is named.
     */
    public static Conventions pointConventions(FeedSideMode feedSide, SelectivityBasis basis,
            ReferenceState flowReference, boolean referenceAssumed, String sweepGas) {
        Map<String, Object> p = new LinkedHashMap<>(mfcReferenceState(flowReference).parameters());
        p.put("assumed", referenceAssumed);
        return Conventions.of(Convention.of("mfc_reference_state", flowReference.label(), p), SWEEP_BALANCE,
                feedSide, basis, STAGE_CUT, BELOW_DETECTION_LIMIT, gpu(), Convention.of("sweep_gas", sweepGas));
    }

    public ReductionSettings withFeedSide(FeedSideMode mode) {
        return new ReductionSettings(mode, basis, steadyState);
    }
}
