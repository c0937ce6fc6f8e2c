package org.permlab.process;

import org.permlab.error.InvalidInputException;

/**
 * A recovery of one species in the permeate, (P_i - S_i) / F_i.
 *
 * @param species the species (formula)
 * @param target  between 0 and 1 (exclusive)
 */
public record RecoveryTarget(String species, double target) implements DesignTarget {

    public RecoveryTarget {
        if (!(target > 0 && target < 1)) {
            throw InvalidInputException.of("target", "a recovery must be between 0 and 1, got " + target);
        }
    }

    @Override
    public double achieved(StageResult stage) {
        return stage.recovery(species).orElseThrow(() -> InvalidInputException.of("target", "the feed carries no "
                + species + ", so it has no recovery"));
    }

    @Override
    public String describe() {
        return species + " recovery";
    }

    @Override
    public String spec() {
        return "recovery:" + species + "=" + target;
    }
}
