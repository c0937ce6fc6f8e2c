package org.permlab.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import java.util.Locale;

import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.result.Convention;
import org.permlab.result.Conventions;

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

    /** The conventions every trade-off result is computed under. */
    public static Conventions conventions() {
        double gpu = Units.GPU.toSi(1, ReferenceState.NORMAL);
        double barrer = Units.BARRER.toSi(1, ReferenceState.NORMAL);
        return Conventions.of(
                Convention.of("upper_bound", "P_fast = k alpha^n with k in Barrer (Robeson 1991, 2008); drawn through "
                        + "dense polymer films, so comparing a supported MOF or glass layer assumes its thickness is "
                        + "the selective layer's"),
                Convention.of("distance", "d = P / (k alpha^n): 1 on the bound, above 1 above it"),
                Convention.of("selectivity_gap", "alpha - alpha_UB(P) at equal permeability, alpha_UB(P) = "
                        + "(P/k)^(1/n); ratio alpha / alpha_UB(P) = d^(-1/n)"),
                Convention.of("permeability_from_permeance", "P = permeance x selective-layer thickness (1 GPU x 1 "
                        + "um = 1 Barrer); a point without a thickness is placed in the permeance plot only"),
                Convention.of("units", String.format(Locale.ROOT, "1 GPU = %.5g mol m-2 s-1 Pa-1, 1 Barrer = %.5g "
                        + "mol m-1 s-1 Pa-1 (cm3 at STP: %.2f K, %.0f Pa)", gpu, barrer,
                        ReferenceState.NORMAL.temperatureK(), ReferenceState.NORMAL.pressurePa())),
                Convention.of("selectivity_kind", "ideal = P_i/P_j from single-gas runs; separation_factor = "
                        + "(y_i/y_j)/(x_i/x_j) from mixed-gas runs, each as its source reports it"),
                Convention.of("uncertainty", "one standard deviation, first-order propagation of independent "
                        + "inputs; values given without an uncertainty are taken as exact"));
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
