package org.permlab.process;

import java.util.ArrayList;
import java.util.List;

/**
 * One stage with its feed: the input of {@code permlab process stage}.
 *
 * @param name  the case's name
 * @param stage the stage
 * @param feed  its feed
 */
public record StageCase(String name, Stage stage, ProcessStream feed) {

    public StageResult solve() {
        return stage.solve(feed);
    }

    /** The feed species with the highest permeance at the stage temperature (the first of equals). */
    public String fastestSpecies() {
        double[] q = stage.membrane().permeancesSi(feed.species(), stage.temperatureK().orElse(feed.temperatureK()));
        int best = 0;
        for (int i = 1; i < q.length; i++) {
            if (q[i] > q[best]) {
                best = i;
            }
        }
        return feed.species().get(best);
    }

    /**
     * The same stage (same area) solved with each flow pattern, from the best permeate purity to the worst.
     *
     * @param pattern   the flow pattern
     * @param stageCut  permeated flow / feed flow
     * @param purity    the species' mole fraction in the permeate
     * @param recovery  its recovery (0 when the feed has none)
     * @param converged whether the solve converged
     */
    public record PatternComparison(FlowPattern pattern, double stageCut, double purity, double recovery,
            boolean converged) {
    }

    /** This case solved with every flow pattern, for one species' purity and recovery. */
    public List<PatternComparison> comparePatterns(String species) {
        List<PatternComparison> rows = new ArrayList<>();
        for (FlowPattern p : FlowPattern.all()) {
            StageResult x = stage.withPattern(p).solve(feed);
            rows.add(new PatternComparison(p, x.stageCut(), x.permeatePurity(species), x.recovery(species)
                    .orElse(0.0), x.solver().converged()));
        }
        return rows;
    }
}
