package org.permlab.permeation;

import org.permlab.gas.GasPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.permlab.error.InvalidInputException;
import org.permlab.gas.GasDatabase;
import org.permlab.gas.Knudsen;
import org.permlab.gas.Species;
import org.permlab.quantity.Measured;

/**
 * From a rig log and its run description to permeances, selectivities and series (the seed paper §2.4, §3.3;
 * CONVENTIONS §3). The one entry point is {@link #reduce}.
 *
 * <p>Per condition (a segment of the run): every injection is reduced with {@link WickeKallenbach}; the steady
 * injections are detected ({@link SteadyState}) or set by hand; permeances, stage cut and separation factors are
 * averaged over them (mean ± SD, and the standard uncertainty of the mean). A condition with a bad row, no
 * steady state or no driving force fails alone, with a one-line reason; the others are still reduced.
 */
public final class PermeationReducer {

    /** Single-gas conditions within this temperature difference are "at the same temperature". */
    static final double SAME_TEMPERATURE_K = 2.0;
    /** ... and within this relative feed-pressure difference at the same pressure. */
    static final double SAME_PRESSURE = 0.02;
    /** A gas whose feed flow is below this fraction of the total is "not fed". */
    static final double FED_FRACTION = 1e-6;

    private PermeationReducer() {
    }

    /** Reduces every condition of a run. */
    public static RunReduction reduce(RigLog log, RunDescription run, ReductionSettings settings) {
        if (!log.sweepGas().equalsIgnoreCase(run.sweepGas())) {
            throw InvalidInputException.of("sweep_gas", "the run description says the sweep gas is "
                    + run.sweepGas() + " but the log's sweep column is " + log.sweepGas());
        }
        List<String> species = new ArrayList<>();
        for (String g : log.gcSpecies()) {
            if (log.feedIndex(g) >= 0 && !g.equals(log.sweepGas())) {
                species.add(g);
            }
        }
        if (species.isEmpty()) {
            throw InvalidInputException.of(log.source(), "no species has both a feed-flow column and a GC column "
                    + "(feed: " + log.feedGases() + ", GC: " + log.gcSpecies() + ")");
        }
        List<Segment> segments = run.segments().isEmpty() ? autoSegments(log) : run.segments();
        List<ConditionResult> results = new ArrayList<>();
        List<ConditionFailure> failures = new ArrayList<>();
        for (Segment seg : segments) {
            if (seg.excluded()) {
                continue;
            }
            try {
                results.add(condition(log, run, settings, species, seg));
            } catch (InvalidInputException e) {
                failures.add(new ConditionFailure(seg.label(), e.getMessage()));
            }
        }
        List<IdealSelectivity> ideal = idealSelectivities(results, run.pairs());
        List<ArrheniusFit> arrhenius = new ArrayList<>();
        List<Recovery> recoveries = new ArrayList<>();
        List<SegmentStability> stability = new ArrayList<>();
        switch (run.series()) {
            case TEMPERATURE -> arrhenius.addAll(arrhenius(results, species));
            case PRESSURE -> recoveries.addAll(recoveries(results, species));
            case STABILITY -> stability.addAll(stability(results, species));
            case NONE -> {
            }
        }
        return new RunReduction(run, settings, log.source(), results, failures, ideal, arrhenius, recoveries,
                stability);
    }

    /** One condition. */
    static ConditionResult condition(RigLog log, RunDescription run, ReductionSettings settings,
            List<String> allSpecies, Segment seg) {
        double[] t = log.timeS();
        int a = lowerBound(t, seg.span().fromS());
        int b = lowerBound(t, seg.span().toS());
        if (b <= a) {
            throw InvalidInputException.of(null, "no injections between " + hours(seg.span().fromS()) + " and "
                    + hours(seg.span().toS()));
        }
        for (RigLog.RowProblem p : log.problems()) {
            if (p.row() >= a && p.row() < b) {
                throw p.toException(log.source());
            }
        }
        int nf = log.feedGases().size();
        double[] feedTotal = new double[b - a];
        for (int r = a; r < b; r++) {
            double s = 0;
            for (int g = 0; g < nf; g++) {
                s += log.feedFlowMolPerS()[g][r];
            }
            if (!(s > 0)) {
                throw InvalidInputException.at(log.source(), log.line()[r], 0, "feed_flow", "row " + (r + 1)
                        + ": no gas is fed (every feed flow is zero)");
            }
            feedTotal[r - a] = s;
        }
        double meanTotal = mean(feedTotal);
        List<String> fed = new ArrayList<>();
        for (String g : allSpecies) {
            double[] f = log.feedFlowMolPerS()[log.feedIndex(g)];
            double m = 0;
            for (int r = a; r < b; r++) {
                m += f[r];
            }
            if (m / (b - a) > FED_FRACTION * meanTotal) {
                fed.add(g);
            }
        }
        if (fed.isEmpty()) {
            throw InvalidInputException.of(null, "none of the GC species " + allSpecies + " is fed in this "
                    + "condition");
        }
        int ns = fed.size();
        int n = b - a;
        int[] fi = new int[ns];
        int[] gi = new int[ns];
        double[] dl = new double[ns];
        for (int i = 0; i < ns; i++) {
            fi[i] = log.feedIndex(fed.get(i));
            gi[i] = log.gcIndex(fed.get(i));
            dl[i] = run.detectionLimits().getOrDefault(fed.get(i), Double.NaN);
        }
        List<GasPair> pairs = ns >= 2 ? pairsFor(fed, run.pairs()) : List.of();
        double[][] perm = new double[ns][n];
        boolean[][] bound = new boolean[ns][n];
        double[][] y = new double[ns][n];
        double[][] xIn = new double[ns][n];
        double[][] xRet = new double[ns][n];
        double[] theta = new double[n];
        double[] flowBuf = new double[ns];
        double[] yBuf = new double[ns];
        double[] pBuf = new double[ns];
        double[] nBuf = new double[ns];
        double[] xrBuf = new double[ns];
        double area = run.areaM2().value();
        for (int r = a; r < b; r++) {
            int k = r - a;
            for (int i = 0; i < ns; i++) {
                flowBuf[i] = log.feedFlowMolPerS()[fi[i]][r];
                double yi = log.moleFraction()[gi[i]][r];
                if (Double.isNaN(yi) && Double.isNaN(dl[i])) {
                    throw InvalidInputException.at(log.source(), log.line()[r], 0, "y_" + fed.get(i), "row "
                            + (r + 1) + ": " + fed.get(i) + " was not detected, and the run description gives no "
                            + "detection limit for it (detection_limits)");
                }
                yBuf[i] = yi;
            }
            double th = WickeKallenbach.reduce(flowBuf, feedTotal[k], yBuf, dl, log.sweepFlowMolPerS()[r],
                    log.feedPressurePa()[r], log.permeatePressurePa()[r], area, settings.feedSide(), pBuf, nBuf,
                    xrBuf);
            if (Double.isNaN(th)) {
                throw InvalidInputException.at(log.source(), log.line()[r], 0, null, "row " + (r + 1) + ": "
                        + WickeKallenbach.NO_DRIVING_FORCE);
            }
            theta[k] = th;
            for (int i = 0; i < ns; i++) {
                perm[i][k] = pBuf[i];
                bound[i][k] = Double.isNaN(yBuf[i]);
                y[i][k] = yBuf[i];
                xIn[i][k] = flowBuf[i] / feedTotal[k];
                xRet[i][k] = xrBuf[i];
            }
        }
        double[] times = Arrays.copyOfRange(t, a, b);
        int s0;
        if (seg.steadyWindow().isPresent()) {
            TimeWindow w = seg.steadyWindow().get();
            s0 = lowerBound(times, w.fromS());
            int e = lowerBound(times, w.toS());
            if (e - s0 < 2) {
                throw InvalidInputException.of("steady", "the steady window " + hours(w.fromS()) + " to "
                        + hours(w.toS()) + " holds " + Math.max(0, e - s0) + " injections; at least 2 are needed");
            }
            return aggregate(log, settings, seg, fed, pairs, times, perm, bound, y, xIn, xRet, theta, a, s0, e,
                    n, dl);
        }
        List<double[]> judged = new ArrayList<>();
        for (int i = 0; i < ns; i++) {
            boolean anyBound = false;
            for (boolean x : bound[i]) {
                anyBound |= x;
            }
            if (!anyBound) {
                judged.add(perm[i]);
            }
        }
        OptionalInt start = SteadyState.detect(times, judged, 0, n, settings.steadyState());
        if (start.isEmpty()) {
            SteadyStateCriterion c = settings.steadyState();
            throw InvalidInputException.of(null, "no steady state among its " + n + " injections (criterion: "
                    + c.window() + " injections changing by at most " + pct(c.maxRelativeChange())
                    + " with a relative SD of at most " + pct(c.maxRelativeSd()) + ", then at least "
                    + c.minInjections() + " injections; set a steady window by hand or relax steady_state)");
        }
        return aggregate(log, settings, seg, fed, pairs, times, perm, bound, y, xIn, xRet, theta, a,
                start.getAsInt(), n, n, dl);
    }

    private static ConditionResult aggregate(RigLog log, ReductionSettings settings, Segment seg,
            List<String> fed, List<GasPair> pairs, double[] times, double[][] perm, boolean[][] bound,
            double[][] y, double[][] xIn, double[][] xRet, double[] theta, int a, int s0, int e, int n,
            double[] dl) {
        int ns = fed.size();
        int m = e - s0;
        List<SpeciesResult> species = new ArrayList<>();
        Map<String, Double> feedFractions = new LinkedHashMap<>();
        for (int i = 0; i < ns; i++) {
            double[] v = Arrays.copyOfRange(perm[i], s0, e);
            boolean anyBound = false;
            for (int k = s0; k < e; k++) {
                anyBound |= bound[i][k];
            }
            double x = mean(Arrays.copyOfRange(xIn[i], s0, e));
            feedFractions.put(fed.get(i), x);
            if (anyBound) {
                double max = Arrays.stream(v).max().orElseThrow();
                species.add(new SpeciesResult(fed.get(i), x, new Estimate.AtMost(max), Double.NaN, m, v));
            } else {
                Measured ms = Series.meanSd(v);
                species.add(new SpeciesResult(fed.get(i), x, new Estimate.Value(ms),
                        Series.meanUncertainty(ms.sd(), m), m, v));
            }
        }
        List<PairResult> pairResults = new ArrayList<>();
        for (GasPair p : pairs) {
            int i = fed.indexOf(p.fast());
            int j = fed.indexOf(p.slow());
            double[][] x = settings.basis() == SelectivityBasis.FEED ? xIn : xRet;
            double[] v = new double[m];
            int kind = 0; // 0 value, 1 at least, 2 at most
            boolean ok = true;
            for (int k = s0; k < e; k++) {
                boolean ndi = bound[i][k];
                boolean ndj = bound[j][k];
                if (ndi && ndj) {
                    ok = false;
                    break;
                }
                double yi = ndi ? dl[i] : y[i][k];
                double yj = ndj ? dl[j] : y[j][k];
                v[k - s0] = WickeKallenbach.separationFactor(yi, yj, x[i][k], x[j][k]);
                int thisKind = ndj ? 1 : ndi ? 2 : 0;
                if (thisKind != 0) {
                    if (kind != 0 && kind != thisKind) {
                        ok = false;
                        break;
                    }
                    kind = thisKind;
                }
            }
            if (!ok) {
                continue;
            }
            Estimate est = switch (kind) {
                case 0 -> new Estimate.Value(Series.meanSd(v));
                case 1 -> new Estimate.AtLeast(Arrays.stream(v).min().orElseThrow());
                default -> new Estimate.AtMost(Arrays.stream(v).max().orElseThrow());
            };
            pairResults.add(new PairResult(p, SelectivityKind.SEPARATION_FACTOR, settings.basis(), est,
                    knudsen(p), v));
        }
        int ra = a + s0;
        int rb = a + e;
        return new ConditionResult(seg.label(), seg.note(), seg.span(), new TimeWindow(times[s0],
                Math.nextUp(times[e - 1])), n, stats(log.temperatureK(), ra, rb), stats(log.feedPressurePa(), ra, rb),
                stats(log.permeatePressurePa(), ra, rb), stats(log.sweepFlowMolPerS(), ra, rb), feedFractions,
                Series.meanSd(Arrays.copyOfRange(theta, s0, e)), species, pairResults,
                Arrays.copyOfRange(times, s0, e), ns == 1);
    }

    /** The pairs wanted among the fed gases: the run's list, or every pair with the lighter gas first. */
    static List<GasPair> pairsFor(List<String> gases, List<GasPair> wanted) {
        List<GasPair> out = new ArrayList<>();
        if (!wanted.isEmpty()) {
            for (GasPair p : wanted) {
                if (gases.contains(p.fast()) && gases.contains(p.slow())) {
                    out.add(p);
                }
            }
            return out;
        }
        List<String> sorted = new ArrayList<>(gases);
        sorted.sort(Comparator.comparingDouble(PermeationReducer::molarMass));
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                out.add(new GasPair(sorted.get(i), sorted.get(j)));
            }
        }
        return out;
    }

    private static double molarMass(String gas) {
        return GasDatabase.standard().find(gas).map(Species::molarMassKgPerMol).orElse(Double.MAX_VALUE);
    }

    /** The Knudsen selectivity of a pair, NaN when a gas is not in the database. */
    public static double knudsen(GasPair p) {
        Optional<Species> f = GasDatabase.standard().find(p.fast());
        Optional<Species> s = GasDatabase.standard().find(p.slow());
        return f.isPresent() && s.isPresent() ? Knudsen.selectivity(f.get(), s.get()) : Double.NaN;
    }

    /** Ideal selectivities between single-gas conditions at the same temperature and feed pressure. */
    static List<IdealSelectivity> idealSelectivities(List<ConditionResult> results, List<GasPair> wanted) {
        List<ConditionResult> single = results.stream().filter(ConditionResult::singleGas).toList();
        List<IdealSelectivity> out = new ArrayList<>();
        List<List<ConditionResult>> groups = new ArrayList<>();
        for (ConditionResult c : single) {
            List<ConditionResult> home = null;
            for (List<ConditionResult> g : groups) {
                ConditionResult f = g.get(0);
                if (Math.abs(f.temperatureK().value() - c.temperatureK().value()) <= SAME_TEMPERATURE_K
                        && Math.abs(f.feedPressurePa().value() / c.feedPressurePa().value() - 1) <= SAME_PRESSURE) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(c);
        }
        for (List<ConditionResult> g : groups) {
            Map<String, ConditionResult> byGas = new LinkedHashMap<>();
            for (ConditionResult c : g) {
                byGas.putIfAbsent(c.species().get(0).gas(), c);
            }
            for (GasPair p : pairsFor(new ArrayList<>(byGas.keySet()), wanted)) {
                ConditionResult cf = byGas.get(p.fast());
                ConditionResult cs = byGas.get(p.slow());
                Optional<Estimate> ratio = Estimate.ratio(cf.species().get(0).permeanceSi(),
                        cs.species().get(0).permeanceSi());
                ratio.ifPresent(r -> out.add(new IdealSelectivity(new PairResult(p, SelectivityKind.IDEAL,
                        SelectivityBasis.FEED, r, knudsen(p), new double[0]), cf.label(), cs.label(),
                        (cf.temperatureK().value() + cs.temperatureK().value()) / 2,
                        (cf.feedPressurePa().value() + cs.feedPressurePa().value()) / 2)));
            }
        }
        return out;
    }

    /** The permeance of a gas at a condition as the mean with its standard uncertainty (for series fits). */
    static Optional<Measured> meanWithUncertainty(ConditionResult c, String gas) {
        return c.species(gas).filter(s -> s.permeanceSi().isValue()).map(s -> new Measured(
                s.permeanceSi().central(), Double.isFinite(s.meanUncertaintySi()) ? s.meanUncertaintySi() : 0.0));
    }

    static List<ArrheniusFit> arrhenius(List<ConditionResult> results, List<String> species) {
        List<ArrheniusFit> out = new ArrayList<>();
        for (String gas : species) {
            List<Double> temps = new ArrayList<>();
            List<Measured> values = new ArrayList<>();
            for (ConditionResult c : results) {
                meanWithUncertainty(c, gas).ifPresent(m -> {
                    temps.add(c.temperatureK().value());
                    values.add(m);
                });
            }
            double spread = temps.isEmpty() ? 0 : temps.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                    - temps.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            if (temps.size() >= 2 && spread > SAME_TEMPERATURE_K) {
                out.add(Arrhenius.fit(gas, temps, values));
            }
        }
        return out;
    }

    static List<Recovery> recoveries(List<ConditionResult> results, List<String> species) {
        List<Recovery> out = new ArrayList<>();
        for (String gas : species) {
            List<String> labels = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            List<Measured> v = new ArrayList<>();
            for (ConditionResult c : results) {
                meanWithUncertainty(c, gas).ifPresent(m -> {
                    labels.add(c.label());
                    p.add(c.feedPressurePa().value());
                    v.add(m);
                });
            }
            Series.recovery(gas, labels, p, v).ifPresent(out::add);
        }
        for (GasPair pair : allPairs(results)) {
            List<String> labels = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            List<Measured> v = new ArrayList<>();
            for (ConditionResult c : results) {
                c.pair(pair).filter(r -> r.selectivity().isValue()).ifPresent(r -> {
                    labels.add(c.label());
                    p.add(c.feedPressurePa().value());
                    Measured ms = ((Estimate.Value) r.selectivity()).value();
                    v.add(new Measured(ms.value(), Series.meanUncertainty(ms.sd(), r.steadyValues().length)));
                });
            }
            Series.recovery(pair.toString(), labels, p, v).ifPresent(out::add);
        }
        return out;
    }

    static List<SegmentStability> stability(List<ConditionResult> results, List<String> species) {
        List<SegmentStability> out = new ArrayList<>();
        for (String gas : species) {
            List<String> labels = new ArrayList<>();
            List<double[]> times = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            for (ConditionResult c : results) {
                c.species(gas).filter(s -> s.permeanceSi().isValue()).ifPresent(s -> {
                    labels.add(c.label());
                    times.add(c.steadyTimesS());
                    values.add(s.steadyPermeanceSi());
                });
            }
            if (labels.size() >= 1 && labels.get(0).equals(results.get(0).label())) {
                out.addAll(Series.stability(gas, labels, times, values));
            }
        }
        for (GasPair pair : allPairs(results)) {
            List<String> labels = new ArrayList<>();
            List<double[]> times = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            for (ConditionResult c : results) {
                c.pair(pair).filter(r -> r.selectivity().isValue()).ifPresent(r -> {
                    labels.add(c.label());
                    times.add(c.steadyTimesS());
                    values.add(r.steadyValues());
                });
            }
            if (!labels.isEmpty() && labels.get(0).equals(results.get(0).label())) {
                out.addAll(Series.stability(pair.toString(), labels, times, values));
            }
        }
        return out;
    }

    private static List<GasPair> allPairs(List<ConditionResult> results) {
        List<GasPair> out = new ArrayList<>();
        for (ConditionResult c : results) {
            for (PairResult p : c.pairs()) {
                if (!out.contains(p.pair())) {
                    out.add(p.pair());
                }
            }
        }
        return out;
    }

    /**
     * Splits a log without segments into conditions where a set point changes: temperature by more than 2 K,
     * feed pressure by more than 2 %, or a feed gas's share by more than 0.02 from the previous injection.
     */
    static List<Segment> autoSegments(RigLog log) {
        List<Segment> out = new ArrayList<>();
        int n = log.rows();
        if (n == 0) {
            return out;
        }
        int start = 0;
        for (int r = 1; r <= n; r++) {
            boolean change = r == n || changed(log, r - 1, r);
            if (change) {
                double from = r == n && start == 0 ? Double.NEGATIVE_INFINITY : log.timeS()[start];
                double to = r == n ? Double.POSITIVE_INFINITY : log.timeS()[r];
                if (start == 0) {
                    from = Double.NEGATIVE_INFINITY;
                }
                out.add(new Segment("condition " + (out.size() + 1) + " (" + Math.round(log.temperatureK()[start])
                        + " K, " + round3(log.feedPressurePa()[start] / 1e5) + " bar, " + fedGases(log, start) + ")",
                        new TimeWindow(from, to), Optional.empty(), false, "found where a set point changed"));
                start = r;
            }
        }
        return out;
    }

    private static boolean changed(RigLog log, int p, int r) {
        if (Math.abs(log.temperatureK()[r] - log.temperatureK()[p]) > SAME_TEMPERATURE_K) {
            return true;
        }
        if (Math.abs(log.feedPressurePa()[r] / log.feedPressurePa()[p] - 1) > SAME_PRESSURE) {
            return true;
        }
        double tp = 0;
        double tr = 0;
        for (double[] f : log.feedFlowMolPerS()) {
            tp += f[p];
            tr += f[r];
        }
        for (double[] f : log.feedFlowMolPerS()) {
            if (Math.abs(f[r] / tr - f[p] / tp) > 0.02) {
                return true;
            }
        }
        return false;
    }

    private static String fedGases(RigLog log, int r) {
        List<String> g = new ArrayList<>();
        for (int i = 0; i < log.feedGases().size(); i++) {
            if (log.feedFlowMolPerS()[i][r] > 0) {
                g.add(log.feedGases().get(i));
            }
        }
        return String.join("/", g);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Measured stats(double[] column, int from, int to) {
        return Series.meanSd(Arrays.copyOfRange(column, from, to));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** First index whose time is not below {@code t} (the column is sorted where the log is valid). */
    static int lowerBound(double[] times, double t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String hours(double s) {
        return Double.isInfinite(s) ? (s > 0 ? "the end" : "the start") : (Math.round(s / 36.0) / 100.0) + " h";
    }

    private static String pct(double f) {
        return (Math.round(f * 1000) / 10.0) + " %";
    }
}
