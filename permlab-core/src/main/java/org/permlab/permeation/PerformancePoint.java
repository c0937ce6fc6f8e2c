package org.permlab.permeation;

import java.util.Optional;

import org.permlab.quantity.Measured;

/**
 * A membrane's measured performance for one gas pair at one condition: what a trade-off plot places and what a
 * process design starts from.
 *
 * @param membrane        the sample id
 * @param material        e.g. {@code ZIF-62 glass membrane}
 * @param fast            the faster gas (formula)
 * @param slow            the slower gas (formula)
 * @param permeanceFastSi permeance of the fast gas, mol m^-2 s^-1 Pa^-1
 * @param permeanceSlowSi permeance of the slow gas, mol m^-2 s^-1 Pa^-1
 * @param selectivity     fast over slow
 * @param kind            ideal or separation factor
 * @param temperatureK    the condition
 * @param feedPressurePa  the condition
 * @param thicknessM      selective-layer thickness, when known (for permeabilities)
 */
public record PerformancePoint(String membrane, String material, String fast, String slow, Measured permeanceFastSi,
        Measured permeanceSlowSi, Measured selectivity, SelectivityKind kind, double temperatureK,
        double feedPressurePa, Optional<Measured> thicknessM) {

    /**
     * Permeability of the fast gas = permeance x thickness, mol m^-1 s^-1 Pa^-1, with the thickness uncertainty
     * propagated (independent inputs).
     */
    public Optional<Measured> permeabilityFastSi() {
        return thicknessM.map(permeanceFastSi::times);
    }
}
