package org.permlab.pals;

import org.permlab.error.InvalidInputException;

/**
 * One component of the source correction: positrons annihilating in the source and its foil (e.g. Kapton).
 *
 * @param lifetimeNs       its lifetime, ns
 * @param sdNs             log-normal broadening (standard deviation of the lifetime), ns; 0 for none
 * @param intensityPct its share of the source correction, %
 */
public record SourceComponent(double lifetimeNs, double sdNs, double intensityPct) {

    public SourceComponent {
        if (!(lifetimeNs > 0)) {
            throw InvalidInputException.of("source lifetime", "must be positive, got " + lifetimeNs + " ns");
        }
        if (!(sdNs >= 0)) {
            throw InvalidInputException.of("source broadening", "must be >= 0, got " + sdNs + " ns");
        }
        if (!(intensityPct > 0) || intensityPct > 100) {
            throw InvalidInputException.of("source intensity", "must be in (0, 100] %, got " + intensityPct
                    + " %");
        }
    }
}
