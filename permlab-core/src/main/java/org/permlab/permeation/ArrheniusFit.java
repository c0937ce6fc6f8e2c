package org.permlab.permeation;

import java.util.List;

import org.permlab.quantity.Measured;

/**
 * An Arrhenius fit ln P = ln P0 - Ea / (R T) of one gas's permeances at several temperatures (CONVENTIONS §3).
 *
 * @param gas                  formula
 * @param temperaturesK        the temperatures fitted
 * @param permeancesSi         the permeances fitted, each with the uncertainty that weighted it
 * @param activationEnergyJPerMol Ea ± its standard error, J mol^-1
 * @param temperatureRefK      the reference temperature 1 / mean(1/T), K
 * @param permeanceAtRefSi     the fitted permeance at the reference temperature ± SE
 * @param chiSquare            weighted sum of squared residuals
 * @param degreesOfFreedom     points - 2
 * @param weighting            how the points were weighted and how the SE was scaled
 */
public record ArrheniusFit(String gas, List<Double> temperaturesK, List<Measured> permeancesSi,
        Measured activationEnergyJPerMol, double temperatureRefK, Measured permeanceAtRefSi, double chiSquare,
        int degreesOfFreedom, String weighting) {

    public ArrheniusFit {
        temperaturesK = List.copyOf(temperaturesK);
        permeancesSi = List.copyOf(permeancesSi);
    }

    /** The fitted permeance at a temperature, mol m^-2 s^-1 Pa^-1 (central value). */
    public double permeanceAt(double temperatureK) {
        return permeanceAtRefSi.value() * Math.exp(-activationEnergyJPerMol.value()
                / org.permlab.quantity.Constants.GAS_CONSTANT * (1.0 / temperatureK - 1.0 / temperatureRefK));
    }
}
