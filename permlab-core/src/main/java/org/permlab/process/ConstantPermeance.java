package org.permlab.process;

import org.permlab.error.InvalidInputException;

/**
 * A permeance independent of temperature.
 *
 * @param permeanceSi mol m^-2 s^-1 Pa^-1, zero (impermeable) or positive
 */
public record ConstantPermeance(double permeanceSi) implements PermeanceModel {

    public ConstantPermeance {
        if (!(permeanceSi >= 0) || !Double.isFinite(permeanceSi)) {
            throw InvalidInputException.of("permeance", "must be zero or positive, got " + permeanceSi
                    + " mol/(m2 s Pa)");
        }
    }

    @Override
    public double permeanceSi(double temperatureK) {
        return permeanceSi;
    }

    @Override
    public String describe() {
        return "constant";
    }
}
