package org.permlab.permeation;

import org.permlab.gas.GasPair;
import java.util.List;
import java.util.Optional;

/**
 * A {@link SweepPoint} reduced.
 *
 * @param outletFlowMolPerS F_out = F_sweep / (1 - sum y), mol s^-1
 * @param species           per species of the feed that the GC reports
 * @param stageCut          sum N_i / F_feed, when the feed flow was given
 * @param pairs             separation factors, the lighter gas first
 * @param feedSide          the feed-side mode used
 * @param basis             the separation-factor basis used
 */
public record SweepPointResult(double outletFlowMolPerS, List<Point> species, Optional<Double> stageCut,
        List<PairResult> pairs, FeedSideMode feedSide, SelectivityBasis basis) {

    public SweepPointResult {
        species = List.copyOf(species);
        pairs = List.copyOf(pairs);
    }

    /**
     * One species.
     *
     * @param gas          formula
     * @param feedFraction x_i
     * @param fluxMolPerS  N_i (at the detection limit for a bound)
     * @param permeanceSi  P_i, or an upper bound
     */
    public record Point(String gas, double feedFraction, double fluxMolPerS, Estimate permeanceSi) {
    }

    /** The result for one gas. */
    public Optional<Point> species(String gas) {
        return species.stream().filter(p -> p.gas().equals(gas)).findFirst();
    }

    /**
     * Reduces one point (CONVENTIONS §3). The retentate and log-mean modes and the retentate basis need the feed
     * flow.
     */
    public static SweepPointResult of(SweepPoint point, FeedSideMode mode, SelectivityBasis basis) {
        if ((mode != FeedSideMode.INLET || basis == SelectivityBasis.RETENTATE) && point.feedFlowMolPerS().isEmpty()) {
            throw org.permlab.error.InvalidInputException.of("feed flow", "the " + (mode != FeedSideMode.INLET
                    ? mode.word() + " feed-side mode" : "retentate basis") + " needs the feed flow");
        }
        List<String> gases = point.permeate().keySet().stream().toList();
        int n = gases.size();
        double total = point.feedFlowMolPerS().orElse(1.0);
        double[] flow = new double[n];
        double[] y = new double[n];
        double[] dl = new double[n];
        for (int i = 0; i < n; i++) {
            flow[i] = point.feedFractions().get(gases.get(i)) * total;
            GcReading r = point.permeate().get(gases.get(i));
            y[i] = r instanceof GcReading.Detected d ? d.moleFraction() : Double.NaN;
            dl[i] = r instanceof GcReading.BelowDetectionLimit b ? b.detectionLimit() : Double.NaN;
        }
        // species of the feed that the GC does not report still count in the total feed flow
        double[] perm = new double[n];
        double[] flux = new double[n];
        double[] xr = new double[n];
        double theta = WickeKallenbach.reduce(flow, total, y, dl, point.sweepFlowMolPerS(), point.feedPressurePa(),
                point.permeatePressurePa(), point.areaM2(), mode, perm, flux, xr);
        if (Double.isNaN(theta)) {
            throw org.permlab.error.InvalidInputException.of("permeate", WickeKallenbach.NO_DRIVING_FORCE);
        }
        double sumY = 0;
        for (double v : y) {
            sumY += !Double.isNaN(v) ? v : 0;
        }
        List<Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Estimate e = !Double.isNaN(y[i]) ? new Estimate.Value(org.permlab.quantity.Measured.exact(perm[i]))
                    : new Estimate.AtMost(perm[i]);
            points.add(new Point(gases.get(i), flow[i] / total, flux[i], e));
        }
        List<PairResult> pairs = new java.util.ArrayList<>();
        for (GasPair p : PermeationReducer.pairsFor(gases, List.of())) {
            int i = gases.indexOf(p.fast());
            int j = gases.indexOf(p.slow());
            boolean ndi = Double.isNaN(y[i]);
            boolean ndj = Double.isNaN(y[j]);
            if (ndi && ndj) {
                continue;
            }
            double xi = basis == SelectivityBasis.FEED ? flow[i] / total : xr[i];
            double xj = basis == SelectivityBasis.FEED ? flow[j] / total : xr[j];
            double a = WickeKallenbach.separationFactor(ndi ? dl[i] : y[i], ndj ? dl[j] : y[j], xi, xj);
            Estimate e = ndj ? new Estimate.AtLeast(a) : ndi ? new Estimate.AtMost(a)
                    : new Estimate.Value(org.permlab.quantity.Measured.exact(a));
            pairs.add(new PairResult(p, SelectivityKind.SEPARATION_FACTOR, basis, e, PermeationReducer.knudsen(p),
                    new double[0]));
        }
        return new SweepPointResult(point.sweepFlowMolPerS() / (1 - sumY), points,
                point.feedFlowMolPerS().map(f -> theta), pairs, mode, basis);
    }
}
