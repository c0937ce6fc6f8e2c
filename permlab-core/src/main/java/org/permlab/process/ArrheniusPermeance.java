package org.permlab.process;

import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Constants;

/**
 * An Arrhenius permeance (CONVENTIONS §3 and §8): P(T) = P(T_ref) exp[-(Ea/R)(1/T - 1/T_ref)].
 *
 * @param permeanceSiAtReference  P at the reference temperature, mol m^-2 s^-1 Pa^-1
 * @param referenceTemperatureK   T_ref, K
 * @param activationEnergyJPerMol Ea, J mol^-1 (negative for a permeance that falls with temperature)
 */
public record ArrheniusPermeance(double permeanceSiAtReference, double referenceTemperatureK,
        double activationEnergyJPerMol) implements PermeanceModel {

    public ArrheniusPermeance {
        if (!(permeanceSiAtReference >= 0) || !Double.isFinite(permeanceSiAtReference)) {
            throw InvalidInputException.of("permeance", "must be zero or positive, got " + permeanceSiAtReference
                    + " mol/(m2 s Pa)");
        }
        if (!(referenceTemperatureK > 0)) {
            throw InvalidInputException.of("reference_temperature", "must be positive, got "
                    + referenceTemperatureK + " K");
        }
        if (!Double.isFinite(activationEnergyJPerMol)) {
            throw InvalidInputException.of("activation_energy", "must be a finite number");
        }
    }

    @Override
    public double permeanceSi(double temperatureK) {
        return permeanceSiAtReference * Math.exp(-activationEnergyJPerMol / Constants.GAS_CONSTANT
                * (1.0 / temperatureK - 1.0 / referenceTemperatureK));
    }

    @Override
    public String describe() {
        return "Arrhenius, Ea = " + activationEnergyJPerMol / 1e3 + " kJ/mol about " + referenceTemperatureK + " K";
    }
}
