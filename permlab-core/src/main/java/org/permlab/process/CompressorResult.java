package org.permlab.process;

/**
 * A compressor's duty.
 *
 * @param name                   the compressor
 * @param inlet                  suction stream
 * @param outlet                 discharge stream (after the aftercooler)
 * @param powerW                 shaft power, W
 * @param pressureRatio          overall p_out / p_in
 * @param stages                 compression stages
 * @param stagePressureRatio     ratio per stage
 * @param maxDischargeTemperatureK highest stage discharge temperature before cooling, K
 * @param heatCapacityJPerMolK   the cp used, J mol^-1 K^-1
 * @param isentropicEfficiency   eta_s
 */
public record CompressorResult(String name, ProcessStream inlet, ProcessStream outlet, double powerW,
        double pressureRatio, int stages, double stagePressureRatio, double maxDischargeTemperatureK,
        double heatCapacityJPerMolK, double isentropicEfficiency) {

    /** Suction pressure, Pa. */
    public double suctionPressurePa() {
        return inlet.pressurePa();
    }

    /** Discharge pressure, Pa. */
    public double dischargePressurePa() {
        return outlet.pressurePa();
    }

    /** Outlet temperature after the aftercooler, K. */
    public double outletTemperatureK() {
        return outlet.temperatureK();
    }

    /** Flow through the compressor, mol s^-1. */
    public double flowMolPerS() {
        return inlet.totalFlowMolS();
    }
}
