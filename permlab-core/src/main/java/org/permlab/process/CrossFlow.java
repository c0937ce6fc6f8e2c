package org.permlab.process;

/**
 * Cross-flow: the feed is in plug flow and the permeate leaves where it permeates, so the local permeate
 * composition is y_i = J_i / sum_j J_j (Weller and Steiner, Chem. Eng. Prog. 46 (1950) 585; Walawender and Stern,
 * Sep. Sci. 7 (1972) 553). An initial-value problem along the area, integrated with an adaptive Dormand-Prince
 * 8(5,3) method; feed-side pressure drop included, no sweep (there is no permeate channel to sweep).
 */
public record CrossFlow() implements FlowPattern {

    @Override
    public String word() {
        return "crossflow";
    }

    @Override
    public String description() {
        return "cross-flow (plug-flow feed, permeate leaves unmixed)";
    }

    @Override
    public StageResult solve(Stage stage, ProcessStream feed) {
        return CrossFlowSolver.solve(StageModel.of(stage, feed, this));
    }
}
