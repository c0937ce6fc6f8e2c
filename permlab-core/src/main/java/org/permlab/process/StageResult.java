package org.permlab.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A solved stage.
 *
 * @param stage            the stage's name
 * @param pattern          the flow pattern
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
 */
public record StageResult(String stage, FlowPattern pattern, double temperatureK, ProcessStream feed,
        Optional<ProcessStream> sweep, ProcessStream retentate, ProcessStream permeate, double areaM2,
        double stageCut, double massBalanceError, Optional<ModuleProfile> profile, SolverReport solver,
        List<String> notes) {

    public StageResult {
        notes = List.copyOf(notes);
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
