package org.permlab.tradeoff;

import java.util.List;
import java.util.Optional;

import org.permlab.quantity.Measured;
import org.permlab.quantity.Units;

/**
 * A point placed on the trade-off plots: both coordinates where they can be had, how they were obtained, and the
 * comparison with every bound of its pair (empty when the point has no permeability and no thickness).
 *
 * @param point              the point as given
 * @param permeabilityFastSi P_fast, mol m^-1 s^-1 Pa^-1: given, or permeance x thickness
 * @param permeanceFastSi    fast-gas permeance, mol m^-2 s^-1 Pa^-1: given, or permeability / thickness
 * @param permeabilityBasis  {@code given}, {@code permeance x thickness} or {@code none (no thickness)}
 * @param permeanceBasis     {@code given}, {@code permeability / thickness} or {@code none (no thickness)}
 * @param comparisons        one per bound of the pair
 */
public record PlacedPoint(TradeOffPoint point, Optional<Measured> permeabilityFastSi,
        Optional<Measured> permeanceFastSi, String permeabilityBasis, String permeanceBasis,
        List<BoundComparison> comparisons) {

    public PlacedPoint {
        comparisons = List.copyOf(comparisons);
    }

    /** P_fast in Barrer, as the field quotes it. */
    public Optional<Measured> permeabilityFastBarrer() {
        return permeabilityFastSi.map(m -> TradeOffPoint.in(m, Units.BARRER));
    }

    /** The fast gas's permeance in GPU, as the field quotes it. */
    public Optional<Measured> permeanceFastGpu() {
        return permeanceFastSi.map(m -> TradeOffPoint.in(m, Units.GPU));
    }
}
