package org.permlab.process;

/**
 * Counter-current plug flow: the permeate flows against the feed and leaves at the feed end; a sweep, if any,
 * enters at the retentate end. Without sweep the permeate channel is closed at the retentate end, where the
 * permeate has the local cross-flow composition (CONVENTIONS §8). A two-point boundary problem, solved by Newton's
 * method on a trapezoidal finite-volume discretisation (banded Jacobian), started from the cross-flow solution,
 * with mesh doubling and Richardson extrapolation to the requested accuracy.
 */
public record CounterCurrent() implements FlowPattern {

    @Override
    public String word() {
        return "countercurrent";
    }

    @Override
    public String description() {
        return "counter-current plug flow";
    }

    @Override
    public StageResult solve(Stage stage, ProcessStream feed) {
        return PlugFlowSolver.solve(StageModel.of(stage, feed, this), true);
    }
}
