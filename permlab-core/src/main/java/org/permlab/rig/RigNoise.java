package org.permlab.rig;

import java.util.Map;

/**
 * The imperfections of the simulated instruments.
 *
 * @param gcRelativeSd        relative SD of a GC mole fraction, per injection
 * @param detectionLimits     per species, mole fraction; a reading below it is reported as not detected
 * @param mfcRelativeSd       relative SD of a mass-flow controller's reading around the true flow
 * @param mfcDriftPer100h     relative drift of the readings away from the true flows, per 100 h (the reducer cannot
 *                            see it: it biases the reduced permeances)
 * @param pressureSdPa        SD of a pressure gauge reading, Pa
 * @param temperatureSdK      SD of the cell thermocouple reading, K
 */
public record RigNoise(double gcRelativeSd, Map<String, Double> detectionLimits, double mfcRelativeSd,
        double mfcDriftPer100h, double pressureSdPa, double temperatureSdK) {

    public RigNoise {
        detectionLimits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detectionLimits));
    }

    /** No noise, no detection limit: the exact readings. */
    public static final RigNoise NONE = new RigNoise(0, Map.of(), 0, 0, 0, 0);
}
