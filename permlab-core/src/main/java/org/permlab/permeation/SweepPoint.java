package org.permlab.permeation;

import java.util.Map;
import java.util.Optional;

import org.permlab.error.InvalidInputException;

/**
 * One Wicke-Kallenbach reading, for a quick check by hand ({@code permlab permeation calc}).
 *
 * @param sweepFlowMolPerS   F_sweep, mol s^-1
 * @param feedFractions      x_i of the feed, summing to 1
 * @param feedFlowMolPerS    the total feed flow, mol s^-1, when known (for the stage cut and the retentate)
 * @param feedPressurePa     feed pressure, Pa
 * @param permeatePressurePa permeate pressure, Pa
 * @param areaM2             membrane area, m^2
 * @param permeate           the GC's reading per species of the feed
 */
public record SweepPoint(double sweepFlowMolPerS, Map<String, Double> feedFractions, Optional<Double> feedFlowMolPerS,
        double feedPressurePa, double permeatePressurePa, double areaM2, Map<String, GcReading> permeate) {

    public SweepPoint {
        feedFractions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(feedFractions));
        permeate = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(permeate));
        positive("sweep flow", sweepFlowMolPerS);
        positive("feed pressure", feedPressurePa);
        if (!(permeatePressurePa >= 0)) {
            throw InvalidInputException.of("permeate pressure", "must not be negative, got " + permeatePressurePa);
        }
        positive("area", areaM2);
        feedFlowMolPerS.ifPresent(f -> positive("feed flow", f));
        double sum = 0;
        for (Map.Entry<String, Double> e : feedFractions.entrySet()) {
            if (!(e.getValue() > 0) || e.getValue() > 1) {
                throw InvalidInputException.of("feed", e.getKey() + ": a mole fraction must be in (0, 1], got "
                        + e.getValue());
            }
            sum += e.getValue();
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw InvalidInputException.of("feed", "the mole fractions must sum to 1, got " + sum);
        }
        double ySum = 0;
        for (Map.Entry<String, GcReading> e : permeate.entrySet()) {
            if (!feedFractions.containsKey(e.getKey())) {
                throw InvalidInputException.of("permeate y", e.getKey() + " is not in the feed " + feedFractions
                        .keySet());
            }
            if (e.getValue() instanceof GcReading.Detected d) {
                if (!(d.moleFraction() > 0) || d.moleFraction() >= 1) {
                    throw InvalidInputException.of("permeate y", e.getKey() + ": a mole fraction must be in (0, 1), "
                            + "got " + d.moleFraction());
                }
                ySum += d.moleFraction();
            }
        }
        if (ySum >= 1) {
            throw InvalidInputException.of("permeate y", "the mole fractions sum to " + ySum + "; they must stay "
                    + "below 1 (the rest is sweep gas)");
        }
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw InvalidInputException.of(what, "must be positive, got " + v);
        }
    }
}
