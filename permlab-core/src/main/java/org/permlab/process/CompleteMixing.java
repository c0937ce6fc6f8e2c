package org.permlab.process;

/**
 * Complete mixing on both sides: the retentate composition drives permeation everywhere and the permeate leaves at
 * the composition it has in the module. Solved algebraically (a scalar root in the permeate flow); for a binary
 * without sweep it is the closed form of Weller and Steiner, J. Appl. Phys. 21 (1950) 279. The module's pressure
 * drop is not modelled (a well-mixed space has one pressure per side).
 */
public record CompleteMixing() implements FlowPattern {

    @Override
    public String word() {
        return "mixed";
    }

    @Override
    public String description() {
        return "complete mixing on both sides";
    }

    @Override
    public StageResult solve(Stage stage, ProcessStream feed) {
        return CompleteMixingSolver.solve(StageModel.of(stage, feed, this));
    }
}
