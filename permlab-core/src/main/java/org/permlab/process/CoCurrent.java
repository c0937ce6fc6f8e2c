package org.permlab.process;

/**
 * Co-current plug flow: the permeate flows along with the feed and leaves at the retentate end. Without sweep the
 * permeate channel starts closed, where the permeate has the local cross-flow composition. Solved with the same
 * discretisation and Newton solver as {@link CounterCurrent}.
 */
public record CoCurrent() implements FlowPattern {

    @Override
    public String word() {
        return "cocurrent";
    }

    @Override
    public String description() {
        return "co-current plug flow";
    }

    @Override
    public StageResult solve(Stage stage, ProcessStream feed) {
        return PlugFlowSolver.solve(StageModel.of(stage, feed, this), false);
    }
}
