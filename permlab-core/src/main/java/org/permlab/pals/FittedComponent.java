package org.permlab.pals;

import java.util.Optional;

import org.permlab.quantity.Measured;

/**
 * A fitted lifetime component.
 *
 * @param lifetimeNs   (mean) lifetime, ns
 * @param intensityPct relative intensity, % of the summed component area
 * @param logNormalSdNs log-normal broadening (SD of the lifetime), ns, for a broadened component
 * @param area         its area, counts
 * @param lifetimeFixed whether the lifetime was held fixed
 */
public record FittedComponent(Measured lifetimeNs, Measured intensityPct, Optional<Measured> logNormalSdNs, Measured area,
        boolean lifetimeFixed) {
}
