package org.permlab.app.tradeoff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;
import org.permlab.tradeoff.BoundComparison;
import org.permlab.tradeoff.PlacedPoint;
import org.permlab.tradeoff.TradeOffPoint;
import org.permlab.tradeoff.UpperBound;

/**
 * JSON views shared by the {@code tradeoff} verbs and the report section: permeances in GPU, permeabilities in
 * Barrer, thicknesses in um, pressures in bar, as the field quotes them; every key says its unit.
 */
public final class TradeoffViews {

    private TradeoffViews() {
    }

    /** One upper bound. */
    public record BoundView(String pair, int year, String name, double kBarrer, double n, String publishedForm,
            String source, String basis) {
    }

    /** Where a point lies with respect to one bound. */
    public record ComparisonView(String bound, int year, Measured distance, Measured selectivityOnBound,
            Measured selectivityGap, Measured selectivityRatio, boolean aboveBound) {
    }

    /** One placed point. */
    public record PointView(String label, String material, String materialClass, String group, boolean study,
            String pair, Optional<Measured> permeanceFastGpu, String permeanceBasis,
            Optional<Measured> permeabilityFastBarrer, String permeabilityBasis, Optional<Measured> thicknessUm,
            Measured selectivity, String selectivityKind, Optional<Double> temperatureK,
            Optional<Double> feedPressureBar, List<ComparisonView> bounds, String reference, Optional<String> doi,
            String origin) {
    }

    /** Everything about one pair's plots. */
    public record PairResult(String pair, List<BoundView> bounds, List<PointView> points, List<String> notPlotted,
            List<String> figures) {
    }

    /** {@code permlab tradeoff bounds --json}. */
    public record BoundsResult(List<BoundView> bounds, Map<String, String> conventions) {
    }

    /** {@code permlab tradeoff plot --json}. */
    public record PlotResult(PairResult result, List<String> skippedRows, Map<String, String> conventions) {
    }

    static final Unit MICROMETRE = Units.MICROMETRE;

    static double gpu(double si) {
        return Units.GPU.fromSi(si, ReferenceState.NORMAL);
    }

    static double barrer(double si) {
        return Units.BARRER.fromSi(si, ReferenceState.NORMAL);
    }

    static Measured in(Measured si, Unit unit) {
        return new Measured(unit.fromSi(si.value(), ReferenceState.NORMAL),
                Math.abs(unit.differenceFromSi(si.sd(), ReferenceState.NORMAL)));
    }

    public static BoundView of(UpperBound b) {
        return new BoundView(b.pair().toString(), b.year(), b.name(), b.kBarrer(), b.n(), b.form().asPublished(),
                b.source().text(), b.basis());
    }

    public static ComparisonView of(BoundComparison c) {
        return new ComparisonView(c.bound(), c.year(), c.distance(), c.selectivityOnBound(), c.selectivityGap(),
                c.selectivityRatio(), c.aboveBound());
    }

    public static PointView of(PlacedPoint placed) {
        TradeOffPoint p = placed.point();
        return new PointView(p.label(), p.material(), p.materialClass().word(), p.group(), p.isStudy(),
                p.pair().toString(), placed.permeanceFastSi().map(m -> in(m, Units.GPU)), placed.permeanceBasis(),
                placed.permeabilityFastSi().map(m -> in(m, Units.BARRER)), placed.permeabilityBasis(),
                p.thicknessM().map(m -> in(m, MICROMETRE)), p.selectivity(), p.kind().word(), p.temperatureK(),
                p.feedPressurePa().map(pa -> Units.BAR.fromSi(pa, ReferenceState.NORMAL)),
                placed.comparisons().stream().map(TradeoffViews::of).toList(), p.reference(), p.doi(), p.origin());
    }

    /** The conventions every trade-off result names. */
    public static Map<String, String> conventions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("upper_bound", "P_fast = k alpha^n with k in Barrer (Robeson 1991, 2008); drawn through dense polymer "
                + "films, so comparing a supported MOF or glass layer assumes its thickness is the selective layer's");
        c.put("distance", "d = P / (k alpha^n): 1 on the bound, above 1 above it");
        c.put("selectivity_gap", "alpha - alpha_UB(P) at equal permeability, alpha_UB(P) = (P/k)^(1/n); ratio "
                + "alpha / alpha_UB(P) = d^(-1/n)");
        c.put("permeability_from_permeance", "P = permeance x selective-layer thickness (1 GPU x 1 um = 1 Barrer); "
                + "a point without a thickness is placed in the permeance plot only");
        c.put("units", "1 GPU = 3.3464e-10 mol m-2 s-1 Pa-1, 1 Barrer = 3.3464e-16 mol m-1 s-1 Pa-1 (cm3 at STP: "
                + "273.15 K, 101325 Pa)");
        c.put("selectivity_kind", "ideal = P_i/P_j from single-gas runs; separation_factor = (y_i/y_j)/(x_i/x_j) "
                + "from mixed-gas runs, each as its source reports it");
        c.put("uncertainty", "one standard deviation, first-order propagation of independent inputs; values given "
                + "without an uncertainty are taken as exact");
        return c;
    }
}
