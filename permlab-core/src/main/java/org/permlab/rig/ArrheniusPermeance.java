package org.permlab.rig;

import java.util.List;

import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Constants;

/**
 * P(T, p) = P_ref exp(-Ea / R (1/T - 1/T_ref)) f(p): Arrhenius in temperature (CONVENTIONS §3) and a tabulated
 * factor in feed pressure, linear between the points and constant beyond them (1 when the table is empty). The
 * seed paper's Fig. 6d (N2 permeance rising above 1.5 bar) and Fig. S15 (CO2 falling with pressure) are tables.
 *
 * @param permeanceRefSi          P_ref, mol m^-2 s^-1 Pa^-1
 * @param temperatureRefK         T_ref, K
 * @param activationEnergyJPerMol Ea, J mol^-1
 * @param pressureFactors         (feed pressure in Pa, factor) points in increasing pressure
 */
public record ArrheniusPermeance(double permeanceRefSi, double temperatureRefK, double activationEnergyJPerMol,
        List<double[]> pressureFactors) implements PermeanceModel {

    public ArrheniusPermeance {
        if (!(permeanceRefSi > 0) || !(temperatureRefK > 0)) {
            throw InvalidInputException.of("permeance", "the reference permeance and temperature must be positive");
        }
        pressureFactors = List.copyOf(pressureFactors);
        for (int k = 1; k < pressureFactors.size(); k++) {
            if (!(pressureFactors.get(k)[0] > pressureFactors.get(k - 1)[0])) {
                throw InvalidInputException.of("pressure_factor", "pressures must increase");
            }
        }
    }

    @Override
    public double permeanceSi(double temperatureK, double feedPressurePa) {
        return permeanceRefSi * StrictMath.exp(-activationEnergyJPerMol / Constants.GAS_CONSTANT
                * (1.0 / temperatureK - 1.0 / temperatureRefK)) * pressureFactor(feedPressurePa);
    }

    /** The tabulated pressure factor, linear between points, constant beyond the ends. */
    public double pressureFactor(double feedPressurePa) {
        int n = pressureFactors.size();
        if (n == 0) {
            return 1.0;
        }
        if (feedPressurePa <= pressureFactors.get(0)[0]) {
            return pressureFactors.get(0)[1];
        }
        for (int k = 1; k < n; k++) {
            double[] hi = pressureFactors.get(k);
            if (feedPressurePa <= hi[0]) {
                double[] lo = pressureFactors.get(k - 1);
                return lo[1] + (hi[1] - lo[1]) * (feedPressurePa - lo[0]) / (hi[0] - lo[0]);
            }
        }
        return pressureFactors.get(n - 1)[1];
    }
}
