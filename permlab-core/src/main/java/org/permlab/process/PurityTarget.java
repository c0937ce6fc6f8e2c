package org.permlab.process;

import org.permlab.error.InvalidInputException;

/**
 * A permeate mole fraction of one species.
 *
 * @param species the species (formula)
 * @param target  mole fraction, between 0 and 1 (exclusive)
 */
public record PurityTarget(String species, double target) implements DesignTarget {

    public PurityTarget {
        if (!(target > 0 && target < 1)) {
            throw InvalidInputException.of("target", "a purity must be a mole fraction between 0 and 1, got "
                    + target);
        }
    }

    @Override
    public double achieved(StageResult stage) {
        if (stage.permeate().totalFlowMolS() == 0) {
            return Double.NaN;
        }
        return stage.permeatePurity(species);
    }

    @Override
    public String describe() {
        return species + " purity";
    }

    @Override
    public String spec() {
        return "purity:" + species + "=" + target;
    }
}
