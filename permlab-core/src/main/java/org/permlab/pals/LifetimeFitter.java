package org.permlab.pals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.linear.MatrixUtils;
import org.permlab.error.InvalidInputException;
import org.permlab.numerics.SeparableFitter;
import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.quantity.Measured;
import org.permlab.quantity.Propagation;

/**
 * Fits a lifetime spectrum as POSITRONFIT (and, with free resolution parameters, RESOLUTIONFIT) does: lifetimes,
 * T0 and free resolution parameters non-linear; areas and background linear and eliminated by variable
 * projection; Poisson maximum likelihood by default (CONVENTIONS §4).
 *
 * <p>The fit has two stages. A global stage runs short fits from {@link FitSettings#starts()} deterministic
 * starts spread log-uniformly over the lifetime range (a Halton sequence) plus the user's guesses, on a copy of
 * the spectrum whose tail channels are summed into wider bins (the model is integrated exactly over any bin, so
 * this is still a maximum-likelihood fit, only with less resolution in the tail). The best of these is refined on
 * the full spectrum. The answer therefore does not depend on the guesses typed, and a second local minimum
 * almost as good as the best one is reported as a warning.
 */
public final class LifetimeFitter {

    /** Lifetimes closer than this ratio count as "within 20 %" for the ill-conditioning warning. */
    private static final double CLOSE_RATIO = 1.2;
    private static final int GLOBAL_ITERATIONS = 30;

    private LifetimeFitter() {
    }

    /** Fits a spectrum; with source correction, two cycles. */
    public static LifetimeFit fit(LifetimeSpectrum spectrum, FitSettings settings) {
        validate(spectrum, settings);
        List<CycleFit> cycles = new ArrayList<>();
        CycleFit first = new Cycle(spectrum, settings, 1, settings.components(), settings.intensityConstraints(),
                settings.t0Channel(), Optional.empty()).run();
        cycles.add(first);
        if (settings.sourceCorrection().isPresent()) {
            SourceCorrection sc = settings.sourceCorrection().get();
            double netArea = first.fittedModel().componentArea();
            double sourceArea = netArea * sc.totalPct() / 100.0;
            // built with the first cycle's T0 and resolution (CONVENTIONS §4)
            SpectrumModel source = SpectrumModel.source(sc, sourceArea, spectrum.channelWidthNs(),
                    first.t0Channel().value(), first.fittedModel().resolution(), settings.logNormalNodes());
            List<LifetimeComponent> comps;
            List<IntensityConstraint> constraints;
            Optional<Parameter> t0;
            Optional<SecondCycle> second = sc.secondCycle();
            if (second.isPresent()) {
                comps = second.get().components();
                constraints = second.get().intensityConstraints();
                t0 = second.get().t0Channel().or(() -> settings.t0Channel().map(p -> p.withValue(
                        first.t0Channel().value())));
            } else {
                comps = new ArrayList<>();
                for (int j = 0; j < settings.components().size(); j++) {
                    LifetimeComponent c = settings.components().get(j);
                    FittedComponent f = first.components().get(j);
                    LifetimeComponent updated = c.withLifetime(c.lifetimeNs().withValue(f.lifetimeNs().value()));
                    if (updated instanceof LifetimeComponent.LogNormal ln && f.logNormalSdNs().isPresent()) {
                        updated = new LifetimeComponent.LogNormal(ln.lifetimeNs(),
                                ln.sdNs().withValue(f.logNormalSdNs().get().value()));
                    }
                    comps.add(updated);
                }
                constraints = settings.intensityConstraints();
                t0 = Optional.of(settings.t0Channel().map(p -> p.withValue(first.t0Channel().value()))
                        .orElse(Parameter.free(first.t0Channel().value())));
            }
            Resolution resolution = settings.resolution();
            if (resolution.hasFreeParameters()) {
                resolution = withValues(resolution, first.resolution());
            }
            FitSettings s2 = settings.withResolution(resolution);
            cycles.add(new Cycle(spectrum, s2, 2, comps, constraints, t0, Optional.of(source)).run());
        }
        return new LifetimeFit(spectrum.label(), spectrum.channelWidthNs(), cycles, settings, settings.conventions());
    }

    private static Resolution withValues(Resolution r, List<FittedPeak> fitted) {
        List<GaussianPeak> peaks = new ArrayList<>();
        for (int p = 0; p < r.peaks().size(); p++) {
            GaussianPeak g = r.peaks().get(p);
            peaks.add(new GaussianPeak(g.fwhmNs().withValue(fitted.get(p).fwhmNs().value()), g.fraction(),
                    g.shiftNs().withValue(fitted.get(p).shiftNs().value())));
        }
        return new Resolution(peaks);
    }

    /** Checks that every range lies in the spectrum. */
    static void validate(LifetimeSpectrum spectrum, FitSettings s) {
        int n = spectrum.channels();
        check(s.fitRange(), n, "fit range");
        s.areaRange().ifPresent(r -> check(r, n, "area range"));
        if (s.background() instanceof Background.FromChannels b) {
            check(b.channels(), n, "background range");
        }
        if (s.area() instanceof AreaConstraint.FromChannels a) {
            check(a.channels(), n, "area-constraint range");
        }
        s.t0Channel().ifPresent(t0 -> {
            if (!(t0.value() >= 0 && t0.value() <= n)) {
                throw InvalidInputException.of("T0", "channel " + t0.value() + " lies outside the spectrum's "
                        + n + " channels (0 to " + n + ")");
            }
        });
        int free = (int) s.components().stream().filter(c -> c.lifetimeNs().free()).count();
        int needed = 2 * s.components().size() + 3 + free;
        if (s.fitRange().size() < needed) {
            throw InvalidInputException.of("fit range", "has " + s.fitRange().size() + " channels, too few for "
                    + s.components().size() + " components (need at least " + needed + ")");
        }
        if (spectrum.sum(s.fitRange()) <= 0) {
            throw InvalidInputException.of("fit range", "channels " + s.fitRange() + " hold no counts");
        }
        boolean t0Free = s.t0Channel().map(Parameter::free).orElse(true);
        long freeShifts = s.resolution().peaks().stream().filter(g -> g.shiftNs().free()).count();
        if (t0Free && freeShifts == s.resolution().peaks().size()) {
            throw InvalidInputException.of("resolution", "T0 and every Gaussian shift are free, which is degenerate;"
                    + " fix one shift (usually the first, at 0) or T0");
        }
    }

    private static void check(ChannelRange r, int channels, String what) {
        if (r.last() > channels) {
            throw InvalidInputException.of(what, "channels " + r + " run past the end of the spectrum, which has "
                    + channels + " channels");
        }
    }

    /** C c = d. */
    private record Constraints(double[][] matrix, double[] values) {
    }

    /** One cycle: settings, data and both stages. */
    private static final class Cycle {
        private final LifetimeSpectrum spectrum;
        private final FitSettings s;
        private final int number;
        private final List<LifetimeComponent> comps;
        private final List<IntensityConstraint> constraints;
        private final Parameter t0;
        private final Optional<SpectrumModel> source;
        private final int nComp;
        private final ChannelRange range;
        private final double[] y;
        private final double[] offset;
        private final double width;
        private final List<String> warnings = new ArrayList<>();
        private final Measured backgroundEstimate;

        Cycle(LifetimeSpectrum spectrum, FitSettings s, int number, List<LifetimeComponent> comps,
                List<IntensityConstraint> constraints, Optional<Parameter> t0, Optional<SpectrumModel> source) {
            this.spectrum = spectrum;
            this.s = s;
            this.number = number;
            this.comps = comps;
            this.constraints = constraints;
            this.nComp = comps.size();
            this.range = s.fitRange();
            this.width = spectrum.channelWidthNs();
            this.y = new double[range.size()];
            for (int k = 0; k < y.length; k++) {
                y[k] = spectrum.count(range.first() + k);
            }
            this.source = source;
            this.offset = source.map(m -> m.expected(range)).orElseGet(() -> new double[y.length]);
            this.t0 = t0.orElseGet(() -> Parameter.free(estimateT0()));
            if (s.background() instanceof Background.FromChannels b) {
                double sum = spectrum.sum(b.channels());
                int nb = b.channels().size();
                backgroundEstimate = new Measured(sum / nb, Math.sqrt(sum) / nb);
            } else if (s.background() instanceof Background.Fixed f) {
                backgroundEstimate = Measured.exact(f.countsPerChannel());
            } else {
                backgroundEstimate = null;
            }
        }

        /** T0 start from the data: the centre of the highest channel, less the mean shift of the Gaussians. */
        private double estimateT0() {
            int best = 0;
            for (int k = 1; k < y.length; k++) {
                if (y[k] > y[best]) {
                    best = k;
                }
            }
            double meanShift = 0.0;
            for (GaussianPeak g : s.resolution().peaks()) {
                meanShift += g.fraction() * g.shiftNs().value();
            }
            return range.first() + best - 0.5 - meanShift / width;
        }

        private ChannelModel model(double[] edges, double cutoff) {
            return new ChannelModel(edges, width, comps, s.resolution(), t0, s.logNormalNodes(), cutoff);
        }

        /** Constraint rows C c = d on c = (A_1..A_n, B). */
        private Constraints linearConstraints() {
            List<double[]> rows = new ArrayList<>();
            List<Double> rhs = new ArrayList<>();
            for (IntensityConstraint ic : constraints) {
                IntensityConstraint.Linear lin = ic.asLinear(nComp);
                double[] row = new double[nComp + 1];
                for (int j = 0; j < nComp; j++) {
                    row[j] = 100.0 * lin.coefficients().get(j) - lin.rhsPercent();
                }
                rows.add(row);
                rhs.add(0.0);
            }
            if (backgroundEstimate != null) {
                double[] row = new double[nComp + 1];
                row[nComp] = 1.0;
                rows.add(row);
                rhs.add(backgroundEstimate.value());
            }
            if (s.area() instanceof AreaConstraint.Fixed a) {
                double[] row = new double[nComp + 1];
                Arrays.fill(row, 0, nComp, 1.0);
                rows.add(row);
                rhs.add(a.area());
            } else if (s.area() instanceof AreaConstraint.FromChannels a) {
                double[] row = new double[nComp + 1];
                Arrays.fill(row, 0, nComp, 1.0);
                row[nComp] = a.channels().size();
                rows.add(row);
                rhs.add(spectrum.sum(a.channels()));
            }
            return new Constraints(rows.toArray(new double[0][]), rhs.stream().mapToDouble(Double::doubleValue)
                    .toArray());
        }

        private SeparableFitter.Problem problem(double[] counts, double[] off, ChannelModel m, Weighting w,
                SeparableFitter.Options o) {
            Constraints c = linearConstraints();
            return new SeparableFitter.Problem(counts, off, w, c.matrix(), c.values(), m.freeLower(), m.freeUpper(),
                    o);
        }

        /** A positive start for the linear coefficients. */
        private double[] linearStart(double[] counts) {
            double total = 0.0;
            for (double v : counts) {
                total += v;
            }
            int tail = Math.max(1, y.length / 10);
            double tailSum = 0.0;
            for (int k = y.length - tail; k < y.length; k++) {
                tailSum += y[k];
            }
            double b = backgroundEstimate != null ? backgroundEstimate.value() : Math.max(0.1, tailSum / tail);
            double net = Math.max(total - b * y.length, 0.5 * total);
            double[] c = new double[nComp + 1];
            Arrays.fill(c, 0, nComp, net / nComp);
            c[nComp] = b;
            return c;
        }

        CycleFit run() {
            double[] fullEdges = new double[y.length + 1];
            for (int i = 0; i < fullEdges.length; i++) {
                fullEdges[i] = range.first() - 1 + i;
            }
            ChannelModel full = model(fullEdges, ChannelModel.V_CUT);
            // global stage on a binned copy
            int[] binStart = compressedBins();
            double[] edges = new double[binStart.length + 1];
            double[] yb = new double[binStart.length];
            double[] ob = new double[binStart.length];
            for (int b = 0; b < binStart.length; b++) {
                int from = binStart[b];
                int to = b + 1 < binStart.length ? binStart[b + 1] : y.length;
                edges[b] = range.first() - 1 + from;
                for (int k = from; k < to; k++) {
                    yb[b] += y[k];
                    ob[b] += offset[k];
                }
            }
            edges[binStart.length] = range.first() - 1 + y.length;
            ChannelModel coarse = model(edges, ChannelModel.V_CUT);
            List<double[]> starts = starts(full);
            SeparableFitter.Result best = null;
            List<SeparableFitter.Result> found = new ArrayList<>();
            // the global stage only has to find the basin: Neyman weights on the binned counts (whose bins hold
            // many counts, where Neyman and Poisson agree) make each step one linear solve; loose tolerances
            SeparableFitter.Problem pc = problem(yb, ob, coarse, Weighting.NEYMAN,
                    new SeparableFitter.Options(GLOBAL_ITERATIONS, 1e-2, 1e-4, false));
            double[] cStart = linearStart(yb);
            for (double[] start : starts) {
                try {
                    SeparableFitter.Result r = SeparableFitter.fit(coarse, pc, start, cStart);
                    if (Double.isFinite(r.objective())) {
                        found.add(r);
                        if (best == null || r.objective() < best.objective()) {
                            best = r;
                        }
                    }
                } catch (IllegalArgumentException e) {
                    // a start without a positive model: try the next one
                }
            }
            double[] thetaStart = best != null ? best.theta() : full.freeStart();
            double[] linStart = best != null ? best.linear() : linearStart(y);
            SeparableFitter.Problem finalProblem = problem(y, offset, full, s.weighting(),
                    SeparableFitter.Options.defaults());
            SeparableFitter.Result r;
            try {
                r = SeparableFitter.fit(full, finalProblem, thetaStart, linStart);
            } catch (IllegalArgumentException e) {
                // the global stage's (Neyman) areas may leave the model negative somewhere (a background fitted
                // below zero): start the linear parameters from a positive guess instead
                try {
                    r = SeparableFitter.fit(full, finalProblem, thetaStart, linearStart(y));
                } catch (IllegalArgumentException e2) {
                    throw InvalidInputException.of("fit", "cannot start the fit: " + e2.getMessage());
                }
            }
            if (best != null) {
                ambiguity(found, best, full);
            }
            return result(full, inLifetimeOrder(full, r), starts.size());
        }

        /**
         * Interchangeable components (same kind, all lifetimes free, no intensity constraints) are reported in
         * order of increasing lifetime, so that "tau3" means the same thing whichever start won.
         */
        private SeparableFitter.Result inLifetimeOrder(ChannelModel m, SeparableFitter.Result r) {
            if (!constraints.isEmpty() || nComp < 2) {
                return r;
            }
            int[] iL = new int[nComp];
            int[] iS = new int[nComp];
            for (int j = 0; j < nComp; j++) {
                iL[j] = freeIndex(m, m.lifetimeSlot(j));
                iS[j] = m.sdSlot(j) >= 0 ? freeIndex(m, m.sdSlot(j)) : -1;
                if (iL[j] < 0 || comps.get(j).getClass() != comps.get(0).getClass() || (iS[j] < 0) != (iS[0] < 0)) {
                    return r;
                }
            }
            Integer[] order = new Integer[nComp];
            for (int j = 0; j < nComp; j++) {
                order[j] = j;
            }
            Arrays.sort(order, (a, b) -> Double.compare(r.theta()[iL[a]], r.theta()[iL[b]]));
            boolean sorted = true;
            for (int j = 0; j < nComp; j++) {
                sorted &= order[j] == j;
            }
            if (sorted) {
                return r;
            }
            int q = m.nonlinearCount();
            int size = q + nComp + 1;
            int[] from = new int[size]; // new index -> old index
            for (int i = 0; i < size; i++) {
                from[i] = i;
            }
            for (int j = 0; j < nComp; j++) {
                from[iL[j]] = iL[order[j]];
                if (iS[j] >= 0) {
                    from[iS[j]] = iS[order[j]];
                }
                from[q + j] = q + order[j];
            }
            double[] theta = new double[q];
            for (int i = 0; i < q; i++) {
                theta[i] = r.theta()[from[i]];
            }
            double[] linear = new double[nComp + 1];
            for (int j = 0; j <= nComp; j++) {
                linear[j] = r.linear()[from[q + j] - q];
            }
            double[][] cov = new double[size][size];
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    cov[a][b] = r.covariance()[from[a]][from[b]];
                }
            }
            boolean[] atBound = new boolean[q];
            for (int i = 0; i < q; i++) {
                atBound[i] = r.atBound()[from[i]];
            }
            return new SeparableFitter.Result(theta, linear, cov, r.objective(), r.chiSquare(), r.freeParameters(),
                    r.model(), r.converged(), r.iterations(), atBound, r.singular());
        }

        /**
         * Bin starts (indices into the fit range) for the global stage: bins of about an eighth of the narrowest
         * Gaussian's FWHM within 3 FWHM of the peak, growing by 10 % per bin away from it.
         */
        private int[] compressedBins() {
            int peak = 0;
            for (int k = 1; k < y.length; k++) {
                if (y[k] > y[peak]) {
                    peak = k;
                }
            }
            double maxFwhm = 0.0;
            double minFwhm = Double.POSITIVE_INFINITY;
            double maxShift = 0.0;
            for (GaussianPeak g : s.resolution().peaks()) {
                maxFwhm = Math.max(maxFwhm, g.fwhmNs().value());
                minFwhm = Math.min(minFwhm, g.fwhmNs().value());
                maxShift = Math.max(maxShift, Math.abs(g.shiftNs().value()));
            }
            int base = (int) Math.max(1, Math.floor(minFwhm / (8.0 * width)));
            int half = (int) Math.ceil((3.0 * maxFwhm + maxShift) / width) + 2;
            int lo = Math.max(0, peak - half);
            int hi = Math.min(y.length, peak + half + 1);
            List<Integer> startsList = new ArrayList<>();
            List<Integer> before = new ArrayList<>();
            double w = base;
            int pos = lo;
            while (pos > 0) {
                pos = Math.max(0, pos - (int) Math.floor(w));
                before.add(pos);
                w *= 1.1;
            }
            for (int i = before.size() - 1; i >= 0; i--) {
                startsList.add(before.get(i));
            }
            for (int k = lo; k < hi; k += base) {
                startsList.add(k);
            }
            w = base;
            pos = Math.max(hi, startsList.get(startsList.size() - 1) + base);
            while (pos < y.length) {
                startsList.add(pos);
                pos += (int) Math.floor(w);
                w *= 1.1;
            }
            return startsList.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The global stage's starts: the guesses, an even log spread, then Halton points. */
        private List<double[]> starts(ChannelModel m) {
            List<double[]> out = new ArrayList<>();
            double[] guess = m.freeStart();
            out.add(guess.clone());
            List<Integer> freeLifetimes = new ArrayList<>();
            for (int i = 0; i < m.nonlinearCount(); i++) {
                ChannelModel.Slot slot = m.slots().get(m.slotOfFree(i));
                if (slot.kind() == ChannelModel.Kind.LIFETIME) {
                    freeLifetimes.add(i);
                }
            }
            int k = freeLifetimes.size();
            if (k == 0) {
                return out;
            }
            double windowNs = y.length * width;
            StartingLifetimes at = s.startingLifetimes();
            double lo = at.lowestNs();
            double hi = at.highestNs(windowNs);
            double lnLo = Math.log(lo);
            double lnHi = Math.log(hi);
            // the even spread: component i at quantile (i + 0.5) / k
            double[] even = new double[k];
            for (int i = 0; i < k; i++) {
                even[i] = Math.exp(lnLo + (lnHi - lnLo) * (i + 0.5) / k);
            }
            out.add(place(guess, freeLifetimes, even));
            int[] primes = {2, 3, 5, 7, 11};
            int index = 1;
            int attempts = 0;
            while (out.size() < at.starts() + 1 && attempts < 100 * at.starts()) {
                attempts++;
                double[] taus = new double[k];
                for (int i = 0; i < k; i++) {
                    taus[i] = Math.exp(lnLo + (lnHi - lnLo) * halton(index, primes[i]));
                }
                index++;
                Arrays.sort(taus);
                boolean separated = true;
                for (int i = 1; i < k; i++) {
                    separated &= taus[i] / taus[i - 1] > at.minimumSeparation();
                }
                if (separated) {
                    out.add(place(guess, freeLifetimes, taus));
                }
            }
            return out;
        }

        private static double[] place(double[] guess, List<Integer> idx, double[] values) {
            double[] x = guess.clone();
            for (int i = 0; i < idx.size(); i++) {
                x[idx.get(i)] = values[i];
            }
            return x;
        }

        private static double halton(int index, int base) {
            double f = 1.0;
            double r = 0.0;
            int i = index;
            while (i > 0) {
                f /= base;
                r += f * (i % base);
                i /= base;
            }
            return r;
        }

        /** A second, distinct minimum nearly as good as the best one makes the answer ambiguous. */
        @SuppressWarnings("ReferenceEquality") // the best minimum itself is skipped, not one equal to it
        private void ambiguity(List<SeparableFitter.Result> found, SeparableFitter.Result best, ChannelModel m) {
            for (SeparableFitter.Result r : found) {
                if (r == best || r.objective() - best.objective() > 1.0) {
                    continue;
                }
                double[] a = freeLifetimes(m, r.theta());
                double[] b = freeLifetimes(m, best.theta());
                boolean distinct = false;
                for (int i = 0; i < a.length; i++) {
                    distinct |= Math.abs(a[i] / b[i] - 1.0) > 0.1;
                }
                if (distinct) {
                    warnings.add("a distinct solution fits almost as well (deviance within 1 of the best on the "
                            + "binned spectrum): the lifetimes may not be uniquely determined");
                    return;
                }
            }
        }

        /** The free lifetimes, sorted (components are interchangeable for this comparison). */
        private double[] freeLifetimes(ChannelModel m, double[] theta) {
            List<Double> out = new ArrayList<>();
            for (int j = 0; j < nComp; j++) {
                int i = freeIndex(m, m.lifetimeSlot(j));
                if (i >= 0) {
                    out.add(theta[i]);
                }
            }
            return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }

        private static int freeIndex(ChannelModel m, int slot) {
            for (int i = 0; i < m.nonlinearCount(); i++) {
                if (m.slotOfFree(i) == slot) {
                    return i;
                }
            }
            return -1;
        }

        private CycleFit result(ChannelModel m, SeparableFitter.Result r, int startsTried) {
            int q = m.nonlinearCount();
            int size = q + nComp + 1;
            double[] x = new double[size];
            System.arraycopy(r.theta(), 0, x, 0, q);
            System.arraycopy(r.linear(), 0, x, q, nComp + 1);
            double[][] cov = r.covariance();
            for (double[] row : cov) {
                for (double v : row) {
                    if (!Double.isFinite(v)) {
                        throw InvalidInputException.of("fit", "the uncertainties cannot be computed: the fit's "
                                + "curvature matrix is not finite at the best fit (the model predicts no counts "
                                + "where the spectrum has some); look for a spike or a bad channel in the spectrum");
                    }
                }
            }
            var covMatrix = MatrixUtils.createRealMatrix(cov);
            double[] full = m.fullValues(r.theta());
            // components
            List<FittedComponent> fitted = new ArrayList<>();
            for (int j = 0; j < nComp; j++) {
                int iLife = freeIndex(m, m.lifetimeSlot(j));
                Measured tau = iLife >= 0 ? new Measured(full[m.lifetimeSlot(j)], sd(cov, iLife))
                        : Measured.exact(full[m.lifetimeSlot(j)]);
                final int jj = j;
                Measured intensity = Propagation.propagate(v -> intensity(v, q, jj), x, covMatrix).times(100.0);
                Optional<Measured> sdNs = Optional.empty();
                if (m.sdSlot(j) >= 0) {
                    int iSd = freeIndex(m, m.sdSlot(j));
                    sdNs = Optional.of(iSd >= 0 ? new Measured(full[m.sdSlot(j)], sd(cov, iSd))
                            : Measured.exact(full[m.sdSlot(j)]));
                }
                Measured area = new Measured(r.linear()[j], sd(cov, q + j));
                fitted.add(new FittedComponent(tau, intensity, sdNs, area, iLife < 0));
            }
            Measured background = backgroundEstimate != null ? backgroundEstimate
                    : new Measured(r.linear()[nComp], sd(cov, q + nComp));
            String bgMode = s.background() instanceof Background.FromChannels b ? "mean of channels " + b.channels()
                    : s.background() instanceof Background.Fixed ? "fixed" : "free";
            int iT0 = freeIndex(m, m.t0Slot());
            Measured t0m = iT0 >= 0 ? new Measured(full[m.t0Slot()], sd(cov, iT0)) : Measured.exact(full[m.t0Slot()]);
            List<FittedPeak> peaks = new ArrayList<>();
            for (int p = 0; p < s.resolution().peaks().size(); p++) {
                int iF = freeIndex(m, m.fwhmSlot(p));
                int iS = freeIndex(m, m.shiftSlot(p));
                peaks.add(new FittedPeak(
                        iF >= 0 ? new Measured(full[m.fwhmSlot(p)], sd(cov, iF)) : Measured.exact(full[m.fwhmSlot(p)]),
                        s.resolution().peaks().get(p).fraction(),
                        iS >= 0 ? new Measured(full[m.shiftSlot(p)], sd(cov, iS))
                                : Measured.exact(full[m.shiftSlot(p)])));
            }
            // mean lifetime from the full covariance
            double[] fixedTau = new double[nComp];
            int[] tauIndex = new int[nComp];
            for (int j = 0; j < nComp; j++) {
                fixedTau[j] = full[m.lifetimeSlot(j)];
                tauIndex[j] = freeIndex(m, m.lifetimeSlot(j));
            }
            Measured mean = Propagation.propagate(v -> meanLifetime(v, q, tauIndex, fixedTau), x, covMatrix);
            int dof = y.length - r.freeParameters();
            if (dof < 1) {
                throw InvalidInputException.of("fit range", "leaves no degrees of freedom (" + y.length + " channels, "
                        + r.freeParameters() + " free parameters)");
            }
            double significance = 100.0 * new ChiSquaredDistribution(dof).cumulativeProbability(r.chiSquare());
            // areas
            ChannelRange areaRange = s.effectiveAreaRange();
            List<SpectrumModel.Component> mc = new ArrayList<>();
            for (int j = 0; j < nComp; j++) {
                double sdv = m.sdSlot(j) >= 0 ? full[m.sdSlot(j)] : 0.0;
                mc.add(new SpectrumModel.Component(full[m.lifetimeSlot(j)], sdv, Math.max(r.linear()[j], 0.0)));
            }
            List<GaussianPeak> resolvedPeaks = new ArrayList<>();
            for (int p = 0; p < peaks.size(); p++) {
                resolvedPeaks.add(GaussianPeak.fixed(peaks.get(p).fwhmNs().value(), peaks.get(p).fraction(),
                        peaks.get(p).shiftNs().value()));
            }
            SpectrumModel fittedModel = new SpectrumModel(width, full[m.t0Slot()], new Resolution(resolvedPeaks),
                    signedComponents(mc, r.linear()), r.linear()[nComp], s.logNormalNodes());
            double[] areaModel = fittedModel.expected(areaRange);
            double fitArea = 0.0;
            for (double v : areaModel) {
                fitArea += v;
            }
            double[] areaSource = source.map(sm -> sm.expected(areaRange)).orElseGet(() -> new double[0]);
            for (double v : areaSource) {
                fitArea += v;
            }
            double dataArea = spectrum.sum(areaRange);
            // residuals
            double[] residuals = new double[y.length];
            for (int k = 0; k < y.length; k++) {
                double f = r.model()[k];
                double var = s.weighting() == Weighting.POISSON ? f : Math.max(y[k], 1.0);
                residuals[k] = (y[k] - f) / Math.sqrt(var);
            }
            // correlation of the free parameters
            List<String> names = new ArrayList<>();
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < q; i++) {
                names.add(m.slots().get(m.slotOfFree(i)).name());
                idx.add(i);
            }
            for (int j = 0; j <= nComp; j++) {
                if (cov[q + j][q + j] > 0) {
                    names.add(j < nComp ? "area " + (j + 1) : "background");
                    idx.add(q + j);
                }
            }
            double[][] corr = new double[idx.size()][idx.size()];
            for (int a = 0; a < idx.size(); a++) {
                for (int b = 0; b < idx.size(); b++) {
                    double va = cov[idx.get(a)][idx.get(a)];
                    double vb = cov[idx.get(b)][idx.get(b)];
                    corr[a][b] = va > 0 && vb > 0 ? cov[idx.get(a)][idx.get(b)] / Math.sqrt(va * vb) : 0.0;
                }
            }
            collectWarnings(m, r, fitted, names, corr, significance, dof);
            double sourceArea = source.map(SpectrumModel::componentArea).orElse(0.0);
            return new CycleFit(number, fitted, background, bgMode, t0m, peaks, mean, r.chiSquare(), dof,
                    r.objective(), significance, fitArea, dataArea, range, areaRange, names, corr, y.clone(),
                    r.model().clone(), residuals, offset.clone(), sourceArea, fittedModel, r.converged(),
                    r.iterations(), startsTried, s.weighting(), warnings);
        }

        /** Components of the fitted model with their signed areas (a negative area is a fitting result too). */
        private static List<SpectrumModel.Component> signedComponents(List<SpectrumModel.Component> mc,
                double[] linear) {
            List<SpectrumModel.Component> out = new ArrayList<>();
            for (int j = 0; j < mc.size(); j++) {
                out.add(new SpectrumModel.Component(mc.get(j).lifetimeNs(), mc.get(j).sdNs(), linear[j]));
            }
            return out;
        }

        private void collectWarnings(ChannelModel m, SeparableFitter.Result r, List<FittedComponent> fitted,
                List<String> names, double[][] corr, double significance, int dof) {
            if (!r.converged()) {
                warnings.add("the fit did not converge in " + r.iterations() + " iterations; the result is not a "
                        + "minimum");
            }
            if (r.singular()) {
                warnings.add("the information matrix is singular: some parameters are not determined by the data "
                        + "(too many components or free parameters)");
            }
            for (int i = 0; i < m.nonlinearCount(); i++) {
                if (r.atBound()[i]) {
                    warnings.add(m.slots().get(m.slotOfFree(i)).name() + " ended on its bound "
                            + String.format(java.util.Locale.ROOT, "%.6g", r.theta()[i])
                            + "; its SD is not meaningful");
                }
            }
            for (int j = 0; j < fitted.size(); j++) {
                if (fitted.get(j).intensityPct().value() < 0) {
                    warnings.add(String.format(java.util.Locale.ROOT, "component %d has a negative intensity (%.4g %%)",
                            j + 1, fitted.get(j).intensityPct().value()));
                }
            }
            for (int j = 0; j < fitted.size(); j++) {
                double tau = fitted.get(j).lifetimeNs().value();
                if (tau > m.spanNs()) {
                    // a decay that does not fall visibly within the window is indistinguishable from background
                    warnings.add(String.format(java.util.Locale.ROOT, "lifetime %d (%.4g ns) is longer than the "
                            + "fitted time window (%.4g ns): the spectrum cannot determine it (a truncated spectrum, "
                            + "or too many components?)", j + 1, tau, m.spanNs()));
                }
            }
            for (int a = 0; a < fitted.size(); a++) {
                for (int b = a + 1; b < fitted.size(); b++) {
                    double ta = fitted.get(a).lifetimeNs().value();
                    double tb = fitted.get(b).lifetimeNs().value();
                    double ratio = Math.max(ta, tb) / Math.min(ta, tb);
                    if (ratio < CLOSE_RATIO) {
                        double c = correlation(names, corr, "lifetime " + (a + 1), "lifetime " + (b + 1));
                        warnings.add(String.format(java.util.Locale.ROOT,
                                "lifetimes %d and %d (%.4g and %.4g ns) are within 20 %% of each other%s: the "
                                        + "fit cannot tell them apart well; consider fewer components",
                                a + 1, b + 1, ta, tb,
                                Double.isNaN(c) ? "" : String.format(java.util.Locale.ROOT,
                                        " and their correlation is %.2f", c)));
                    }
                }
            }
            // areas of neighbouring components are always strongly anti-correlated; the non-linear parameters are
            // what an ill-conditioned fit shows up in
            int nonlinear = m.nonlinearCount();
            for (int a = 0; a < nonlinear; a++) {
                for (int b = a + 1; b < nonlinear; b++) {
                    if (Math.abs(corr[a][b]) > 0.99) {
                        warnings.add(String.format(java.util.Locale.ROOT,
                                "%s and %s are strongly correlated (%.3f): the problem is ill-conditioned",
                                names.get(a), names.get(b), corr[a][b]));
                    }
                }
            }
            if (backgroundEstimate == null && r.linear()[nComp] < 1e-3) {
                // below a thousandth of a count per channel: the likelihood's positivity limit, not a measurement
                warnings.add("the background went to zero (below 0.001 counts per channel), where the Poisson "
                        + "likelihood needs the model to stay positive: its SD is not meaningful; consider fixing it");
            }
            if (significance > 99.0) {
                warnings.add(String.format(java.util.Locale.ROOT,
                        "significance of imperfect model %.1f %% (chi2 %.1f for %d degrees of freedom): the model "
                                + "does not describe the spectrum within its counting statistics",
                        significance, r.chiSquare(), dof));
            }
        }

        private static double correlation(List<String> names, double[][] corr, String a, String b) {
            int ia = names.indexOf(a);
            int ib = names.indexOf(b);
            return ia >= 0 && ib >= 0 ? corr[ia][ib] : Double.NaN;
        }

        private Gradient intensity(Gradient[] v, int q, int j) {
            Gradient total = v[q].getField().getZero();
            for (int i = 0; i < nComp; i++) {
                total = total.add(v[q + i]);
            }
            return v[q + j].divide(total);
        }

        private Gradient meanLifetime(Gradient[] v, int q, int[] tauIndex, double[] fixedTau) {
            Gradient total = v[q].getField().getZero();
            Gradient weighted = total;
            for (int i = 0; i < nComp; i++) {
                Gradient a = v[q + i];
                Gradient tau = tauIndex[i] >= 0 ? v[tauIndex[i]] : a.getField().getZero().add(fixedTau[i]);
                total = total.add(a);
                weighted = weighted.add(a.multiply(tau));
            }
            return weighted.divide(total);
        }
    }

    private static double sd(double[][] cov, int i) {
        return Math.sqrt(Math.max(0.0, cov[i][i]));
    }

    /** Used by tests: the identity of the significance convention, 100 CDF_chi2(chi2, dof). */
    static double significancePct(double chi2, int dof) {
        return 100.0 * new ChiSquaredDistribution(dof).cumulativeProbability(chi2);
    }

}
