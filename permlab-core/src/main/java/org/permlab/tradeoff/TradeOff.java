package org.permlab.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permlab.quantity.Measured;

/**
 * Places points on the trade-off plots: permeance and permeability through the thickness, and the distance to each
 * upper bound. Pure functions on records, SI in and out.
 */
public final class TradeOff {

    /** How a coordinate that the point gave is described. */
    public static final String GIVEN = "given";
    /** How a permeability obtained from permeance and thickness is described. */
    public static final String FROM_PERMEANCE = "permeance x thickness";
    /** How a permeance obtained from permeability and thickness is described. */
    public static final String FROM_PERMEABILITY = "permeability / thickness";
    /** A coordinate that cannot be had. */
    public static final String NONE = "none (no thickness)";

    private TradeOff() {
    }

    /**
     * The fast gas's permeability: as given, or permeance x thickness (P = Q l; 1 GPU x 1 um = 1 Barrer), with the
     * relative uncertainties of Q and l added in quadrature.
     */
    public static Optional<Measured> permeabilityFastSi(TradeOffPoint p) {
        if (p.permeabilityFastSi().isPresent()) {
            return p.permeabilityFastSi();
        }
        return p.thicknessM().flatMap(l -> p.permeanceFastSi().map(q -> q.times(l)));
    }

    /** The fast gas's permeance: as given, or permeability / thickness. */
    public static Optional<Measured> permeanceFastSi(TradeOffPoint p) {
        if (p.permeanceFastSi().isPresent()) {
            return p.permeanceFastSi();
        }
        return p.thicknessM().flatMap(l -> p.permeabilityFastSi().map(perm -> perm.dividedBy(l)));
    }

    /** Compares a point with one bound (which must be of the point's pair) at a given permeability. */
    public static BoundComparison compare(UpperBound bound, Measured permeabilityFastSi, Measured selectivity) {
        Measured distance = bound.distance(permeabilityFastSi, selectivity);
        Measured onBound = bound.selectivityAt(permeabilityFastSi);
        // alpha and alpha_UB(P) are independent here: alpha_UB depends on P only
        Measured gap = selectivity.minus(onBound);
        Measured ratio = selectivity.dividedBy(onBound);
        return new BoundComparison(bound.name(), bound.year(), distance, onBound, gap, ratio,
                distance.value() > 1.0);
    }

    /** Places one point against the bounds of its pair. */
    public static PlacedPoint place(TradeOffPoint p, UpperBounds bounds) {
        Optional<Measured> perm = permeabilityFastSi(p);
        Optional<Measured> permeance = permeanceFastSi(p);
        List<BoundComparison> comparisons = new ArrayList<>();
        perm.ifPresent(pm -> bounds.forPair(p.pair())
                .forEach(b -> comparisons.add(compare(b, pm, p.selectivity()))));
        String permBasis = p.permeabilityFastSi().isPresent() ? GIVEN : perm.isPresent() ? FROM_PERMEANCE : NONE;
        String permeanceBasis = p.permeanceFastSi().isPresent() ? GIVEN
                : permeance.isPresent() ? FROM_PERMEABILITY : NONE;
        return new PlacedPoint(p, perm, permeance, permBasis, permeanceBasis, comparisons);
    }

    /** Places every point, in order. */
    public static List<PlacedPoint> placeAll(List<TradeOffPoint> points, UpperBounds bounds) {
        return points.stream().map(p -> place(p, bounds)).toList();
    }
}
