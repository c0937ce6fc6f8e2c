package org.permlab.process;

/**
 * How a species' permeance depends on temperature. One record per model: {@link ConstantPermeance},
 * {@link ArrheniusPermeance}.
 */
public sealed interface PermeanceModel permits ConstantPermeance, ArrheniusPermeance {

    /** The permeance at a temperature, mol m^-2 s^-1 Pa^-1. */
    double permeanceSi(double temperatureK);

    /** One line for reports, e.g. {@code "constant"} or {@code "Arrhenius, Ea = 5 kJ/mol"}. */
    String describe();
}
