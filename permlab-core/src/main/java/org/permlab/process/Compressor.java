package org.permlab.process;

import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.gas.GasDatabase;
import org.permlab.gas.GasProperty;
import org.permlab.quantity.Constants;

/**
 * A multistage compressor with equal pressure ratios, intercooling between stages and an aftercooler.
 *
 * <p>Ideal gas with a constant heat capacity, the mole-fraction average of the species' ideal-gas cp at 298.15 K
 * (gas database). Each of the N stages has the ratio r = (p_out/p_in)^(1/N) and the specific work
 * w = cp T_s (r^(R/cp) - 1) / eta_s (isentropic efficiency eta_s; T_s the stage's suction temperature: the
 * intercooler temperature, except that a first stage fed below it takes its inlet as it comes); the power is
 * n sum_s w_s. A hot inlet is pre-cooled to the intercooler temperature, and the outlet leaves the aftercooler at
 * it. Cooler duties are not counted as power (McCabe, Smith and
 * Harriott, Unit Operations of Chemical Engineering, 7th ed., §8; Perry's Handbook, 8th ed., §10).
 *
 * @param name                    its name in a flowsheet
 * @param outletPressurePa        discharge pressure, Pa
 * @param isentropicEfficiency    eta_s in (0, 1]
 * @param stages                  number of compression stages (intercooled), at least 1
 * @param intercoolerTemperatureK suction temperature of stages 2..N and outlet temperature; the inlet temperature
 *                                when empty
 */
public record Compressor(String name, double outletPressurePa, double isentropicEfficiency, int stages,
        Optional<Double> intercoolerTemperatureK) {

    public Compressor {
        if (!(outletPressurePa > 0) || !Double.isFinite(outletPressurePa)) {
            throw InvalidInputException.of("outlet_pressure", "must be positive, got " + outletPressurePa + " Pa");
        }
        if (!(isentropicEfficiency > 0 && isentropicEfficiency <= 1)) {
            throw InvalidInputException.of("efficiency", "an isentropic efficiency must be in (0, 1], got "
                    + isentropicEfficiency);
        }
        if (stages < 1 || stages > 20) {
            throw InvalidInputException.of("stages", "must be 1 to 20, got " + stages);
        }
        intercoolerTemperatureK.ifPresent(t -> {
            if (!(t > 0)) {
                throw InvalidInputException.of("intercooler_temperature", "must be positive, got " + t + " K");
            }
        });
    }

    /** Mixture ideal-gas cp of a stream's composition at 298.15 K, J mol^-1 K^-1. */
    public static double heatCapacity(ProcessStream s) {
        double[] x = s.moleFractions();
        double total = s.totalFlowMolS();
        double cp = 0;
        for (int i = 0; i < x.length; i++) {
            double w = total > 0 ? x[i] : 1.0 / x.length;
            cp += w * GasDatabase.standard().lookup(s.species().get(i))
                    .require(GasProperty.IDEAL_GAS_HEAT_CAPACITY).valueSi();
        }
        return cp;
    }

    /** Compresses a stream. */
    public CompressorResult compress(ProcessStream inlet) {
        double pIn = inlet.pressurePa();
        if (!(outletPressurePa >= pIn) && inlet.totalFlowMolS() > 0) {
            throw InvalidInputException.of("outlet_pressure", String.format(java.util.Locale.ROOT,
                    "compressor %s: the outlet pressure (%.6g Pa) is below its inlet pressure (%.6g Pa)", name,
                    outletPressurePa, pIn));
        }
        double cp = heatCapacity(inlet);
        double exponent = Constants.GAS_CONSTANT / cp;
        double ratio = Math.max(1.0, outletPressurePa / pIn);
        double stageRatio = Math.pow(ratio, 1.0 / stages);
        double cooled = intercoolerTemperatureK.orElse(inlet.temperatureK());
        double n = inlet.totalFlowMolS();
        double work = 0;
        double maxDischarge = 0;
        for (int s = 0; s < stages; s++) {
            double suction = s == 0 ? Math.min(inlet.temperatureK(), cooled) : cooled;
            double rise = suction * (Math.pow(stageRatio, exponent) - 1) / isentropicEfficiency;
            work += cp * rise;
            if (s == 0) {
            }
            maxDischarge = Math.max(maxDischarge, suction + rise);
        }
        ProcessStream outlet = new ProcessStream(inlet.species(), inlet.componentFlowsMolS(), outletPressurePa,
                cooled);
        return new CompressorResult(name, inlet, outlet, n * work, ratio, stages, stageRatio, maxDischarge, cp,
                isentropicEfficiency);
    }
}
