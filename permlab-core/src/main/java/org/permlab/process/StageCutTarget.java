package org.permlab.process;

import org.permlab.error.InvalidInputException;

/**
 * A stage cut theta = permeated flow / feed flow.
 *
 * @param target between 0 and 1 (exclusive)
 */
public record StageCutTarget(double target) implements DesignTarget {

    public StageCutTarget {
        if (!(target > 0 && target < 1)) {
            throw InvalidInputException.of("target", "a stage cut must be between 0 and 1, got " + target);
        }
    }

    @Override
    public double achieved(StageResult stage) {
        return stage.stageCut();
    }

    @Override
    public String describe() {
        return "stage cut";
    }

    @Override
    public String spec() {
        return "stage-cut=" + target;
    }
}
