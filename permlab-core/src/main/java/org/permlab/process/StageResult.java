package org.permlab.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.quantity.Units;
import org.permlab.result.Convention;
import org.permlab.result.Conventions;

/**
 * A solved stage.
 *
 * @param stage            the stage's name
 * @param pattern          the flow pattern
 * @param membrane         the membrane's name
 * @param permeancesGpu    the permeance of each species at the module temperature, GPU
 * @param temperatureK     module temperature, K
 * @param feed             the feed (on the calculation's species list)
 * @param sweep            the sweep, if any
 * @param retentate        the retentate outlet
 * @param permeate         the permeate outlet (with the sweep, if any)
 * @param areaM2           membrane area, m^2
 * @param stageCut         theta = permeated flow / feed flow (the sweep excluded; CONVENTIONS §3)
 * @param massBalanceError max over species of |feed + sweep - retentate - permeate| / (feed + sweep total flow)
 * @param profile          profiles along the module (empty for complete mixing)
 * @param solver           how the solve went
 * @param notes            conventions and simplifications that applied, one line each
 * @param conventions      the definitions the numbers follow (flux, flow pattern, stage cut, recovery, units)
 */
public record StageResult(String stage, FlowPattern pattern, String membrane, Map<String, Double> permeancesGpu,
        double temperatureK, ProcessStream feed, Optional<ProcessStream> sweep, ProcessStream retentate,
        ProcessStream permeate, double areaM2, double stageCut, double massBalanceError,
        Optional<ModuleProfile> profile, SolverReport solver, List<String> notes, Conventions conventions) {

    public StageResult {
        permeancesGpu = Collections.unmodifiableMap(new LinkedHashMap<>(permeancesGpu));
        notes = List.copyOf(notes);
    }

    /** The conventions of every stage result but its flow pattern's. */
    static Conventions conventions(FlowPattern pattern) {
        return Conventions.of(
                Convention.of("flux", "J_i = Q_i (p_F x_i - p_P y_i): solution-diffusion, ideal gas (CONVENTIONS §8)"),
                pattern,
                Convention.of("stage_cut", "permeated flow / feed flow, sweep excluded (CONVENTIONS §3)"),
                Convention.of("recovery", "(permeate - sweep) / feed, per species"),
                Convention.of("mass_balance_error", "max over species of |feed + sweep - retentate - permeate| / "
                        + "(feed + sweep)"),
                Convention.of("gpu", "permeances_gpu in GPU: " + Units.GPU.description() + " (CONVENTIONS §1)"),
                Convention.of("pressures", "absolute; the permeate pressure is the permeate outlet's"));
    }

    /** This result without its profile (for a stage inside a larger result). */
    public StageResult withoutProfile() {
        return new StageResult(stage, pattern, membrane, permeancesGpu, temperatureK, feed, sweep, retentate,
                permeate, areaM2, stageCut, massBalanceError, Optional.empty(), solver, notes, conventions);
    }

    /** This result with its profile thinned to about {@code maxIntervals + 1} points (for output). */
    public StageResult withProfileThinned(int maxIntervals) {
        return new StageResult(stage, pattern, membrane, permeancesGpu, temperatureK, feed, sweep, retentate,
                permeate, areaM2, stageCut, massBalanceError, profile.map(p -> p.thinned(maxIntervals)), solver,
                notes, conventions);
    }

    public List<String> species() {
        return feed.species();
    }

    /**
     * Recovery of a species: the fraction of its feed flow that left in the permeate, (P_i - S_i) / F_i.
     * Empty for a species the feed does not carry.
     */
    public Optional<Double> recovery(String formula) {
        double f = feed.flowMolS(formula);
        if (!(f > 0)) {
            return Optional.empty();
        }
        double s = sweep.map(x -> x.flowMolS(formula)).orElse(0.0);
        return Optional.of((permeate.flowMolS(formula) - s) / f);
    }

    /** Recovery of every species the feed carries. */
    public Map<String, Double> recoveries() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String s : species()) {
            recovery(s).ifPresent(r -> m.put(s, r));
        }
        return m;
    }

    /** Mole fraction of a species in the permeate. */
    public double permeatePurity(String formula) {
        return permeate.moleFraction(formula);
    }
}
