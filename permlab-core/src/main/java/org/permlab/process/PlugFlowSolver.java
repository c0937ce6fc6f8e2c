package org.permlab.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.numerics.BandedMatrix;

/**
 * Co- and counter-current plug flow on both sides: a boundary-value problem in the area coordinate a.
 *
 * <p>Unknowns at nodes a_0 = 0 &lt; a_1 &lt; ... &lt; a_N = A: feed-side component flows L_i, permeate-side
 * component flows V_i and, when the module has a pressure drop, the feed- and permeate-side pressures. Equations
 * (trapezoidal finite volumes, second order): L_i(k+1) - L_i(k) + h_k Jbar_i = 0 and, for counter-current,
 * V_i(k) - V_i(k+1) - h_k Jbar_i = 0 (co-current: V_i(k+1) - V_i(k) - h_k Jbar_i = 0), Jbar the mean of the node
 * fluxes J_i = Q_i (p_h x_i - p_l y_i); p(k+1) - p(k) - h_k gbar = 0 for each pressure with a drop, g = dp/da
 * (compressible Hagen-Poiseuille); boundary conditions L(0) = F, p_h(0) = p_F, the sweep (or zero) at the permeate
 * channel's closed end and the permeate outlet pressure at its open end. The feed and permeate balances telescope,
 * so every component balance closes to the Newton residual. At a closed end (no sweep) V = 0 and y is the local
 * cross-flow permeate ({@link LocalPermeate}; CONVENTIONS §8), continued smoothly to the slightly negative
 * fractions that the trapezoidal rule can give a species stripped to a trace there (a kink at x_i = 0 would stall
 * Newton's method).
 *
 * <p>Mesh. The solve starts from the cross-flow solution (adaptive Dormand-Prince, dense output), whose steps,
 * bisected until no species' flow changes by more than a factor 2 within one, survey the module. The first mesh
 * equidistributes two requirements read off that survey: (1) the trapezoidal rule's local error h^3 |J''| / 12
 * per cell, estimated from second differences of the fluxes, against a budget of twice the tolerance divided by
 * the number of cells; (2) at most one e-fold per cell of the flow of each species that is present upstream
 * (mole fraction above 1e-12) and of the total flow, on the feed side and, with a sweep, on the permeate side
 * (estimated as the sweep plus the cross-flow permeate collected downstream): where a fast species is stripped
 * at the feed inlet, where the retentate runs out at the end of a module that permeates nearly the whole feed,
 * where the sweep is diluted. The cells next to the sweep inlet, over the length in which the sweep exchanges with
 * the feed there (S / sum_i |J_i|), ask for that rate too, because the cross-flow survey does not see the sweep.
 * The cell size grows by at most 30 % from cell to cell; cells beyond what the requirements ask for are spread
 * uniformly, and the first mesh gets more than half the configured nodes when the requirements ask for more.
 *
 * <p>Then: Newton's method on the mesh and on its bisection (every cell halved); the difference at the shared
 * nodes is the Richardson estimate (f_2N - f_N) / 3 of the discretisation error of the finer solution, valid on
 * any mesh since the finer one halves every cell. While it exceeds the tolerance the number of cells doubles; the
 * requirements, now read off the finer solution cell by cell (local error (h/3)|J(a_k) - 2 J(a_mid) + J(a_k+1)|,
 * which also sees the permeate side and the pressure drops), design the next mesh unless the bisected one already
 * holds them within a factor 2 per cell. The outlets are Richardson-extrapolated (4 f_2N - f_N) / 3, which keeps
 * the balances closed.
 *
 * <p>Newton's method has an analytic banded Jacobian ({@link BandedMatrix}), an iteration limit and a time limit.
 * Its steps are cut so that no total flow and no pressure falls below half its value in one iteration (the
 * "fraction to the boundary" rule of interior-point methods: x and y are singular where a total vanishes, and a
 * step that nearly empties a node lands where the Jacobian is nearly singular), then backtracked (Armijo) on the
 * largest scaled residual.
 */
final class PlugFlowSolver {

    /** The cell size may grow by this fraction from one cell to the next. */
    private static final double GROWTH = 0.3;
    /** A species stripped from the feed side counts for the mesh while its mole fraction exceeds this. */
    private static final double PRESENT = 1e-12;
    /** A bisected mesh is kept when no cell holds more than this multiple of its share of the requirements. */
    private static final double BALANCE = 2.0;
    /** Cells in which the requirements are surveyed at least: no survey interval is wider than A / SURVEY. */
    private static final int SURVEY = 256;
    /** A Newton step may shrink a total flow or a pressure to no less than this fraction of its present value. */
    private static final double THETA = 0.5;

    private final StageModel m;
    private final boolean counter;
    private final int n;
    private final boolean fd;
    private final boolean pd;
    private final int mv;
    private final int iPh;
    private final int iPl;
    private final int b0;
    private final boolean closedEnd;
    private final WallClock clock;
    private int totalIterations;

    // per-mesh work arrays
    private int nodes;
    /** Node positions a_k, m^2, of the current mesh. */
    private double[] position;
    private double[][] flux;
    private double[][][] dFlux;
    private double[] gH;
    private double[][] dgH;
    private double[] gL;
    private double[][] dgL;
    private double[][] yNode;

    private PlugFlowSolver(StageModel m, boolean counter) {
        this.m = m;
        this.counter = counter;
        this.n = m.n;
        this.fd = m.feedDropCoefficient.isPresent();
        this.pd = m.permeateDropCoefficient.isPresent();
        this.mv = 2 * n + (fd ? 1 : 0) + (pd ? 1 : 0);
        this.iPh = 2 * n;
        this.iPl = 2 * n + (fd ? 1 : 0);
        this.b0 = n + (fd ? 1 : 0) + (counter ? (pd ? 1 : 0) : n);
        this.closedEnd = !(m.sweepTotal > 0);
        this.clock = new WallClock(m.stage.settings().timeLimitS());
    }

    static StageResult solve(StageModel m, boolean counter) {
        if (m.areaM2 == 0 || m.feedTotal == 0) {
            return m.passThrough();
        }
        boolean permeable = false;
        for (int i = 0; i < m.n; i++) {
            permeable |= m.q[i] > 0 && m.feed[i] + m.sweep[i] > 0;
        }
        if (!permeable) {
            // an impermeable module: nothing crosses; cross-flow integrates the feed-side pressure drop exactly
            return m.sweepTotal > 0 ? m.passThrough() : CrossFlowSolver.solve(m);
        }
        return new PlugFlowSolver(m, counter).run();
    }

    private String method() {
        return (counter ? "counter-current" : "co-current") + ": trapezoidal finite volumes on an adapted mesh, "
                + "Newton with banded Jacobian, Richardson-extrapolated outlets";
    }

    private StageResult run() {
        SolverSettings set = m.stage.settings();
        int coarse = Math.max(10, set.nodes() / 2);
        int maxCoarse = Math.max(coarse, set.maxNodes() / 2);
        CrossFlowSolver.Dense cf;
        double[] mesh;
        double[] u;
        try {
            cf = CrossFlowSolver.dense(m, 1e-7);
            Requirements req = survey(cf);
            int cells = coarse;
            for (int it = 0; it < 4; it++) {
                cells = Math.max(coarse, Math.min(maxCoarse, (int) Math.ceil(req.cellsNeeded(cells))));
            }
            mesh = design(req, cells).mesh;
            u = start(cf, mesh);
        } catch (org.hipparchus.exception.MathIllegalStateException e) {
            return failed(new Newton(false, Double.NaN, "the cross-flow start did not finish: "
                    + CrossFlowSolver.unfinished(m, e), CrossFlowSolver.status(e)), coarse);
        } catch (WallClock.Expired e) {
            return failed(new Newton(false, Double.NaN, "the cross-flow start did not finish: " + e.getMessage(),
                    SolverStatus.TIME_LIMIT), coarse);
        }
        Newton first = newton(u, mesh);
        if (!first.converged) {
            return failed(first, cells(mesh));
        }
        while (true) {
            double[] fineMesh = bisect(mesh);
            double[] uf = interpolate(u, mesh, fineMesh);
            Newton second = newton(uf, fineMesh);
            int fine = cells(fineMesh);
            if (!second.converged) {
                return failed(second, fine);
            }
            double err = profileError(u, uf, cells(mesh));
            if (err <= set.tolerance() || fine * 2 > set.maxNodes()) {
                boolean ok = err <= set.tolerance();
                return finish(uf, fineMesh, outlets(uf, fine), outlets(u, cells(mesh)), err, second.residual, ok);
            }
            // the next level has `fine` cells: redistribute them unless the bisected mesh is balanced already
            Design next = design(requirements(uf, fineMesh), fine);
            double[] un = null;
            if (next.imbalance(fineMesh) > BALANCE) {
                un = interpolate(uf, fineMesh, next.mesh);
                Newton redistributed = newton(un, next.mesh);
                if (redistributed.status == SolverStatus.TIME_LIMIT) {
                    // the safety net never picks an answer: falling back to the bisected mesh here would make the
                    // result depend on the machine's speed
                    return failed(redistributed, cells(next.mesh));
                }
                if (!redistributed.converged) {
                    un = null; // keep the bisected mesh, whose solution is at hand
                }
            }
            if (un == null) {
                mesh = fineMesh;
                u = uf;
            } else {
                mesh = next.mesh;
                u = un;
            }
        }
    }

    private static int cells(double[] mesh) {
        return mesh.length - 1;
    }

    /**
     * What a mesh must resolve, surveyed on intervals [breaks_j, breaks_j+1]: {@code accuracy} (err)^(1/3) / H, the
     * cube root of the trapezoidal rule's estimated local error err on the interval (relative to the inlet flow, or
     * to the feed pressure for pressures) over its width H, so that a cell of width h there errs by about
     * (accuracy h)^3; {@code rate} the e-folds per m^2 of the fastest-changing present flow in the interval
     * ({@link #changeRate}), so that a cell of width h there sees rate h of them.
     */
    private record Requirements(double[] breaks, double[] accuracy, double[] rate, double tolerance) {

        /** Cell density (cells per m^2) asked for on each interval when the mesh has {@code cells} cells. */
        double[] density(int cells) {
            double scale = 1 / Math.cbrt(2 * tolerance / cells);
            double[] rho = new double[accuracy.length];
            for (int j = 0; j < rho.length; j++) {
                rho[j] = Math.max(accuracy[j] * scale, rate[j]);
            }
            return rho;
        }

        /** Cells the requirements ask for, with the growth limit, when the mesh has {@code cells} cells. */
        double cellsNeeded(int cells) {
            double[] rho = smooth(breaks, density(cells));
            double w = 0;
            for (int j = 0; j < rho.length; j++) {
                w += rho[j] * (breaks[j + 1] - breaks[j]);
            }
            return w;
        }
    }

    /** A designed mesh with the (smoothed, topped-up) cell density it equidistributes. */
    private record Design(double[] mesh, double[] breaks, double[] density) {

        /** The largest share of the density that one cell of {@code other} holds, relative to the mean share. */
        double imbalance(double[] other) {
            double total = 0;
            for (int j = 0; j < density.length; j++) {
                total += density[j] * (breaks[j + 1] - breaks[j]);
            }
            double mean = total / (other.length - 1);
            double worst = 0;
            int j = 0;
            for (int k = 0; k + 1 < other.length; k++) {
                double share = 0;
                while (j + 1 < breaks.length && breaks[j + 1] <= other[k]) {
                    j++;
                }
                for (int i = j; i + 1 < breaks.length && breaks[i] < other[k + 1]; i++) {
                    double lo = Math.max(breaks[i], other[k]);
                    double hi = Math.min(breaks[i + 1], other[k + 1]);
                    share += density[i] * Math.max(0, hi - lo);
                }
                worst = Math.max(worst, share / mean);
            }
            return worst;
        }
    }

    /**
     * A cell density (cells per m^2, piecewise constant on the intervals) with the cell size h = 1/rho limited to
     * grow by GROWTH per cell: h(a) &le; h(b) + GROWTH |a - b|, so that the mesh grows geometrically away from a
     * feature instead of jumping.
     */
    private static double[] smooth(double[] breaks, double[] rho) {
        int count = rho.length;
        double[] h = new double[count];
        double width = breaks[count] - breaks[0];
        for (int j = 0; j < count; j++) {
            h[j] = rho[j] > 1 / width ? 1 / rho[j] : width;
        }
        for (int j = 1; j < count; j++) {
            double gap = 0.5 * (breaks[j + 1] - breaks[j - 1]);
            h[j] = Math.min(h[j], h[j - 1] + GROWTH * gap);
        }
        for (int j = count - 2; j >= 0; j--) {
            double gap = 0.5 * (breaks[j + 2] - breaks[j]);
            h[j] = Math.min(h[j], h[j + 1] + GROWTH * gap);
        }
        double[] out = new double[count];
        for (int j = 0; j < count; j++) {
            out[j] = 1 / h[j];
        }
        return out;
    }

    /** Splits intervals wider than A / SURVEY into equal parts that keep the interval's values. */
    private Requirements subdivide(double[] breaks, double[] accuracy, double[] rate) {
        double max = m.areaM2 / SURVEY;
        int total = 0;
        int[] parts = new int[accuracy.length];
        for (int j = 0; j < parts.length; j++) {
            parts[j] = Math.max(1, (int) Math.ceil((breaks[j + 1] - breaks[j]) / max - 1e-9));
            total += parts[j];
        }
        double[] b = new double[total + 1];
        double[] acc = new double[total];
        double[] r = new double[total];
        int c = 0;
        for (int j = 0; j < parts.length; j++) {
            for (int p = 0; p < parts[j]; p++) {
                b[c] = breaks[j] + (breaks[j + 1] - breaks[j]) * p / parts[j];
                acc[c] = accuracy[j];
                r[c] = rate[j];
                c++;
            }
        }
        b[total] = breaks[breaks.length - 1];
        return new Requirements(b, acc, r, m.stage.settings().tolerance());
    }

    /**
     * A mesh of {@code cells} cells equidistributing the smoothed density of the requirements; cells beyond what
     * they ask for are spread uniformly.
     */
    private Design design(Requirements req, int cells) {
        double[] b = req.breaks();
        double[] rho = smooth(b, req.density(cells));
        double w = 0;
        for (int j = 0; j < rho.length; j++) {
            w += rho[j] * (b[j + 1] - b[j]);
        }
        if (w < cells) {
            double extra = (cells - w) / m.areaM2;
            for (int j = 0; j < rho.length; j++) {
                rho[j] += extra;
            }
            w = cells;
        }
        double[] mesh = new double[cells + 1];
        int j = 0;
        double below = 0; // density integral up to b[j]
        for (int k = 1; k < cells; k++) {
            double target = w * k / cells;
            while (j < rho.length - 1 && below + rho[j] * (b[j + 1] - b[j]) < target) {
                below += rho[j] * (b[j + 1] - b[j]);
                j++;
            }
            mesh[k] = Math.min(b[j + 1], b[j] + (target - below) / rho[j]);
        }
        mesh[cells] = m.areaM2;
        for (int k = 1; k <= cells; k++) {
            if (!(mesh[k] > mesh[k - 1])) {
                mesh[k] = Math.nextUp(mesh[k - 1]); // rounding in a vanishing interval
            }
        }
        mesh[cells] = m.areaM2;
        return new Design(mesh, b, rho);
    }

    /**
     * The rate at which a side loses or gains its species over an interval of the given width, with the component
     * flows {@code up} at its upstream end (in that side's direction of flow) and {@code down} at its downstream
     * end: the largest |ln(down_i / up_i)| / width over the total flow and the permeable species present upstream
     * (mole fraction above PRESENT). It is the mean over the interval, exact however fast the flows change. A
     * downstream flow below PRESENT times the total counts as that, so a species stripped to nothing asks for cells
     * only until it is a trace; a species that appears (absent upstream) grows smoothly from zero and asks for none.
     */
    private double changeRate(double[] up, double[] down, double width) {
        double s0 = 0;
        double s1 = 0;
        for (int i = 0; i < n; i++) {
            s0 += up[i];
            s1 += down[i];
        }
        if (!(s0 > 0 && s1 > 0 && width > 0)) {
            return 0;
        }
        double change = Math.abs(Math.log(s1 / s0));
        for (int i = 0; i < n; i++) {
            if (m.q[i] > 0 && up[i] > PRESENT * s0) {
                change = Math.max(change, Math.abs(Math.log(Math.max(down[i], PRESENT * s1) / up[i])));
            }
        }
        return change / width;
    }

    /** The same for the permeate side between the points a0 &lt; a1 with flows v0, v1. */
    private double permeateChangeRate(double[] v0, double[] v1, double width) {
        return counter ? changeRate(v1, v0, width) : changeRate(v0, v1, width);
    }

    /**
     * The cross-flow profile at one point: feed-side flows (clipped at 0), local fluxes, dp_h/da, p_h and, with a
     * sweep, an estimate of the permeate-side flows of the plug-flow channel: the sweep plus the cross-flow
     * permeate collected downstream of the point (co-current: upstream).
     */
    private record Point(double a, double[] l, double[] v, double[] j, double g, double ph) {
    }

    private Point point(CrossFlowSolver.Dense cf, double a, double[] collected) {
        double[] st = cf.state(a);
        double sum = 0;
        double[] l = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = Math.max(st[i], 0);
            sum += l[i];
            v[i] = m.sweep[i] + Math.max(counter ? collected[i] - st[n + i] : st[n + i], 0);
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = l[i] / sum;
        }
        double ph = st[2 * n];
        double[] y = new double[n];
        double tot = LocalPermeate.solve(m.q, x, ph, m.permeatePressurePa, y);
        double[] j = new double[n];
        for (int i = 0; i < n; i++) {
            j[i] = tot * y[i];
        }
        double g = fd ? -m.feedDropCoefficient.get() * m.viscosity.get().mixturePaS(x) * sum / ph : 0;
        return new Point(a, l, v, j, g, ph);
    }

    /** Whether a present species' flow on the feed side (with a sweep, also on the permeate side) or a total
     * changes by more than a factor 2 between two points. */
    private boolean steep(Point p0, Point p1) {
        double width = p1.a - p0.a;
        double rate = changeRate(p0.l, p1.l, width);
        if (!closedEnd) {
            rate = Math.max(rate, permeateChangeRate(p0.v, p1.v, width));
        }
        return rate * width > Math.log(2);
    }

    /**
     * Requirements read off the cross-flow profile: intervals are the integrator's steps, split to at most
     * A / SURVEY and, by bisection, until no present species' flow changes by more than a factor 2 within one;
     * each is sampled at its ends and its midpoint. With a sweep, the permeate side counts too, and the interval
     * next to the sweep inlet, as wide as the sweep takes to exchange with the feed there, asks for that rate:
     * sum_i |J_i| / S with J_i the flux between the feed side at that end and the sweep as it enters.
     */
    private Requirements survey(CrossFlowSolver.Dense cf) {
        double[] collected = new double[n];
        System.arraycopy(cf.state(m.areaM2), n, collected, 0, n);
        java.util.List<Double> cuts = new java.util.ArrayList<>();
        for (double a : cf.steps()) {
            cuts.add(a);
        }
        double inletRate = 0;
        double inletEnd = Double.NaN;
        if (!closedEnd) {
            double inlet = counter ? m.areaM2 : 0;
            double[] st = cf.state(inlet);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += Math.max(st[i], 0);
            }
            double exchange = 0;
            for (int i = 0; i < n; i++) {
                double x = Math.max(st[i], 0) / sum;
                exchange += m.q[i] * Math.abs(st[2 * n] * x - m.permeatePressurePa * m.sweep[i] / m.sweepTotal);
            }
            inletRate = exchange / m.sweepTotal;
            double layer = 1 / inletRate;
            if (layer < m.areaM2) {
                inletEnd = counter ? m.areaM2 - layer : layer;
                cuts.add(inletEnd);
                java.util.Collections.sort(cuts);
            }
        }
        java.util.List<double[]> out = new java.util.ArrayList<>(); // {a0, a1, accuracy, rate}
        double max = m.areaM2 / SURVEY;
        Point prev = point(cf, 0, collected);
        for (int s = 0; s + 1 < cuts.size(); s++) {
            double c0 = cuts.get(s);
            double c1 = cuts.get(s + 1);
            int parts = Math.max(1, (int) Math.ceil((c1 - c0) / max - 1e-9));
            for (int p = 1; p <= parts; p++) {
                double a1 = p == parts ? c1 : c0 + (c1 - c0) * p / parts;
                Point end = point(cf, a1, collected);
                surveyInterval(cf, prev, end, 0, collected, out);
                prev = end;
            }
        }
        double[] b = new double[out.size() + 1];
        double[] acc = new double[out.size()];
        double[] rate = new double[out.size()];
        for (int k = 0; k < out.size(); k++) {
            double[] o = out.get(k);
            b[k] = o[0];
            acc[k] = o[2];
            boolean atInlet = inletRate > 0 && (Double.isNaN(inletEnd) || (counter ? o[0] >= inletEnd : o[1] <= inletEnd));
            rate[k] = atInlet ? Math.max(o[3], inletRate) : o[3];
        }
        b[out.size()] = m.areaM2;
        return new Requirements(b, acc, rate, m.stage.settings().tolerance());
    }

    private void surveyInterval(CrossFlowSolver.Dense cf, Point p0, Point p1, int depth, double[] collected,
            java.util.List<double[]> out) {
        double width = p1.a - p0.a;
        if (!(width > 0)) {
            return;
        }
        Point mid = point(cf, 0.5 * (p0.a + p1.a), collected);
        if (depth < 40 && steep(p0, p1)) {
            surveyInterval(cf, p0, mid, depth + 1, collected, out);
            surveyInterval(cf, mid, p1, depth + 1, collected, out);
            return;
        }
        double e = 0;
        for (int i = 0; i < n; i++) {
            e = Math.max(e, Math.abs(p0.j[i] - 2 * mid.j[i] + p1.j[i]) / m.flowScale);
        }
        e = Math.max(e, Math.abs(p0.g - 2 * mid.g + p1.g) / m.feedPressurePa);
        double rate = changeRate(p0.l, p1.l, width);
        if (!closedEnd) {
            rate = Math.max(rate, permeateChangeRate(p0.v, p1.v, width));
        }
        out.add(new double[] {p0.a, p1.a, Math.cbrt(width / 3 * e) / width, rate});
    }

    /** Requirements read off a solution on a bisected mesh: each coarse cell is an interval. */
    private Requirements requirements(double[] uf, double[] fineMesh) {
        allocate(fineMesh);
        for (int k = 0; k <= nodes; k++) {
            nodeEval(uf, k, false);
        }
        int count = nodes / 2;
        double[] b = new double[count + 1];
        double[] acc = new double[count];
        double[] rate = new double[count];
        double[] f0 = new double[n];
        double[] f1 = new double[n];
        for (int c = 0; c < count; c++) {
            int k0 = 2 * c;
            b[c] = position[k0];
            double width = position[k0 + 2] - position[k0];
            double e = 0;
            for (int i = 0; i < n; i++) {
                e = Math.max(e, Math.abs(flux[k0][i] - 2 * flux[k0 + 1][i] + flux[k0 + 2][i]) / m.flowScale);
            }
            if (fd) {
                e = Math.max(e, Math.abs(gH[k0] - 2 * gH[k0 + 1] + gH[k0 + 2]) / m.feedPressurePa);
            }
            if (pd) {
                e = Math.max(e, Math.abs(gL[k0] - 2 * gL[k0 + 1] + gL[k0 + 2]) / m.feedPressurePa);
            }
            acc[c] = Math.cbrt(width / 3 * e) / width;
            System.arraycopy(uf, k0 * mv, f0, 0, n);
            System.arraycopy(uf, (k0 + 2) * mv, f1, 0, n);
            double r = changeRate(f0, f1, width);
            if (!closedEnd) {
                System.arraycopy(uf, k0 * mv + n, f0, 0, n);
                System.arraycopy(uf, (k0 + 2) * mv + n, f1, 0, n);
                r = Math.max(r, permeateChangeRate(f0, f1, width));
            }
            rate[c] = r;
        }
        b[count] = m.areaM2;
        return subdivide(b, acc, rate);
    }

    /**
     * Richardson estimate of the discretisation error of the finer solution, (f_2N - f_N) / 3, at every node the
     * two meshes share: component flows relative to the inlet flow, pressures relative to the feed pressure. It
     * covers the outlets and the profiles, so a mesh too coarse for a steep profile (a fast species stripped within
     * a few cells) is refined even when the outlets happen to agree.
     */
    private double profileError(double[] coarseU, double[] fineU, int coarse) {
        double err = 0;
        for (int k = 0; k <= coarse; k++) {
            for (int v = 0; v < mv; v++) {
                double scale = v < 2 * n ? m.flowScale : m.feedPressurePa;
                err = Math.max(err, Math.abs(fineU[2 * k * mv + v] - coarseU[k * mv + v]) / 3 / scale);
            }
        }
        return err;
    }

    private StageResult failed(Newton nt, int meshNodes) {
        return m.result(m.feed.clone(), m.sweep.clone(), m.feedPressurePa, Optional.empty(), new SolverReport(false,
                method(), totalIterations, meshNodes, nt.residual, Double.NaN, nt.message, nt.status));
    }

    private StageResult finish(double[] u, double[] mesh, double[] out, double[] coarseOut, double err,
            double residual, boolean ok) {
        int meshNodes = cells(mesh);
        double[] retentate = new double[n];
        double[] permeate = new double[n];
        for (int i = 0; i < n; i++) {
            retentate[i] = Math.max(0, out[i] + (out[i] - coarseOut[i]) / 3);
            permeate[i] = Math.max(0, out[n + i] + (out[n + i] - coarseOut[n + i]) / 3);
        }
        double ph = out[2 * n] + (out[2 * n] - coarseOut[2 * n]) / 3;
        String msg = ok ? "converged" : String.format(Locale.ROOT, "estimated discretisation error %.2g exceeds the "
                + "tolerance %.2g at the largest mesh allowed (%d nodes)", err, m.stage.settings().tolerance(),
                meshNodes);
        checkPressures(u, mesh);
        return m.result(retentate, permeate, ph, Optional.of(profile(u, mesh)), new SolverReport(ok, method(),
                totalIterations, meshNodes, residual, err, msg));
    }

    private void checkPressures(double[] u, double[] mesh) {
        for (int k = 0; k < mesh.length; k++) {
            double ph = fd ? u[k * mv + iPh] : m.feedPressurePa;
            double pl = pd ? u[k * mv + iPl] : m.permeatePressurePa;
            if (!(ph > pl)) {
                throw InvalidInputException.of("module", String.format(Locale.ROOT, "the pressure drop consumes "
                        + "the driving force: the feed-side pressure (%.4g Pa) falls to the permeate-side pressure "
                        + "(%.4g Pa) at %.4g m2 of %.6g m2 (shorter or wider channels, or a smaller area)", ph, pl,
                        mesh[k], m.areaM2));
            }
        }
    }

    /** Outlets on a mesh: retentate flows, permeate flows, retentate pressure. */
    private double[] outlets(double[] u, int meshNodes) {
        double[] out = new double[2 * n + 1];
        int last = meshNodes * mv;
        int permNode = counter ? 0 : last;
        for (int i = 0; i < n; i++) {
            out[i] = u[last + i];
            out[n + i] = u[permNode + n + i];
        }
        out[2 * n] = fd ? u[last + iPh] : m.feedPressurePa;
        return out;
    }

    /** The first guess: the cross-flow solution's feed side, its fluxes collected into the permeate channel. */
    private double[] start(CrossFlowSolver.Dense cf, double[] positions) {
        int meshNodes = cells(positions);
        double[] u = new double[(meshNodes + 1) * mv];
        double[][] j = new double[meshNodes + 1][n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k <= meshNodes; k++) {
            double[] st = cf.state(positions[k]);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += Math.max(st[i], 0);
            }
            for (int i = 0; i < n; i++) {
                u[k * mv + i] = Math.max(st[i], 1e-30 * m.flowScale);
                x[i] = Math.max(st[i], 0) / sum;
            }
            double ph = st[2 * n];
            double sTot = LocalPermeate.solve(m.q, x, ph, m.permeatePressurePa, y);
            for (int i = 0; i < n; i++) {
                j[k][i] = sTot * y[i];
            }
            if (fd) {
                u[k * mv + iPh] = ph;
            }
            if (pd) {
                u[k * mv + iPl] = m.permeatePressurePa;
            }
        }
        if (counter) {
            for (int i = 0; i < n; i++) {
                u[meshNodes * mv + n + i] = m.sweep[i];
            }
            for (int k = meshNodes - 1; k >= 0; k--) {
                double hh = positions[k + 1] - positions[k];
                for (int i = 0; i < n; i++) {
                    u[k * mv + n + i] = u[(k + 1) * mv + n + i] + hh * 0.5 * (j[k][i] + j[k + 1][i]);
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                u[n + i] = m.sweep[i];
            }
            for (int k = 0; k < meshNodes; k++) {
                double hh = positions[k + 1] - positions[k];
                for (int i = 0; i < n; i++) {
                    u[(k + 1) * mv + n + i] = u[k * mv + n + i] + hh * 0.5 * (j[k][i] + j[k + 1][i]);
                }
            }
        }
        return u;
    }

    /** The mesh with every cell halved. */
    private static double[] bisect(double[] mesh) {
        int cells = cells(mesh);
        double[] f = new double[2 * cells + 1];
        for (int k = 0; k < cells; k++) {
            f[2 * k] = mesh[k];
            f[2 * k + 1] = 0.5 * (mesh[k] + mesh[k + 1]);
        }
        f[2 * cells] = mesh[cells];
        return f;
    }

    /** Linear interpolation of a solution from one mesh to another (both from 0 to A). */
    private double[] interpolate(double[] u, double[] from, double[] to) {
        double[] f = new double[to.length * mv];
        int j = 0;
        for (int k = 0; k < to.length; k++) {
            double a = to[k];
            while (j < from.length - 2 && from[j + 1] < a) {
                j++;
            }
            double w = Math.min(1, Math.max(0, (a - from[j]) / (from[j + 1] - from[j])));
            for (int v = 0; v < mv; v++) {
                f[k * mv + v] = (1 - w) * u[j * mv + v] + w * u[(j + 1) * mv + v];
            }
        }
        return f;
    }

    private record Newton(boolean converged, double residual, String message, SolverStatus status) {

        Newton(boolean converged, double residual, String message) {
            this(converged, residual, message, converged ? SolverStatus.CONVERGED : SolverStatus.NOT_CONVERGED);
        }

    }

    private void allocate(double[] mesh) {
        int meshNodes = cells(mesh);
        nodes = meshNodes;
        position = mesh;
        flux = new double[meshNodes + 1][n];
        dFlux = new double[meshNodes + 1][n][mv];
        gH = new double[meshNodes + 1];
        dgH = new double[meshNodes + 1][mv];
        gL = new double[meshNodes + 1];
        dgL = new double[meshNodes + 1][mv];
        yNode = new double[meshNodes + 1][n];
    }

    /** Newton iterations on u (in place). */
    private Newton newton(double[] u, double[] mesh) {
        allocate(mesh);
        int meshNodes = cells(mesh);
        int size = (meshNodes + 1) * mv;
        BandedMatrix jac = new BandedMatrix(size, b0 + mv - 1, Math.max(0, 2 * mv - 1 - b0));
        double[] r = new double[size];
        double[] trial = new double[size];
        double[] rt = new double[size];
        double tol = 1e-12;
        if (!feasible(u)) {
            return new Newton(false, Double.NaN, "the starting profile is not physical (a flow or pressure is not "
                    + "positive)");
        }
        evaluate(u, r, null);
        double norm = maxAbs(r);
        int limit = m.stage.settings().maxIterations();
        for (int it = 0; it < limit; it++) {
            if (norm <= tol) {
                return new Newton(true, norm, "converged");
            }
            if (clock.expired()) {
                return new Newton(false, norm, "time limit of " + m.stage.settings().timeLimitS() + " s reached "
                        + "(the wall-clock safety net, time_limit; residual " + norm + ")", SolverStatus.TIME_LIMIT);
            }
            jac.clear();
            evaluate(u, r, jac);
            if (!jac.factor()) {
                return new Newton(false, norm, "singular Jacobian at iteration " + (it + 1));
            }
            double[] delta = new double[size];
            for (int i = 0; i < size; i++) {
                delta[i] = -r[i];
            }
            jac.solve(delta);
            double alpha = stepToBoundary(u, delta);
            boolean accepted = false;
            for (int ls = 0; ls < 40; ls++) {
                for (int i = 0; i < size; i++) {
                    trial[i] = u[i] + alpha * delta[i];
                }
                if (feasible(trial)) {
                    evaluate(trial, rt, null);
                    double nt = maxAbs(rt);
                    if (nt <= (1 - 1e-4 * alpha) * norm || nt <= tol) {
                        System.arraycopy(trial, 0, u, 0, size);
                        System.arraycopy(rt, 0, r, 0, size);
                        norm = nt;
                        accepted = true;
                        break;
                    }
                }
                alpha *= 0.5;
            }
            totalIterations++;
            if (!accepted) {
                return new Newton(norm <= 1e-10, norm, norm <= 1e-10 ? "converged to the rounding floor"
                        : "the line search failed at iteration " + (it + 1) + " (residual " + norm + ")");
            }
        }
        return norm <= tol ? new Newton(true, norm, "converged")
                : new Newton(false, norm, "no convergence in " + limit + " Newton iterations (max_iterations; "
                        + "residual " + norm + ")", SolverStatus.ITERATION_LIMIT);
    }

    private static double maxAbs(double[] r) {
        double max = 0;
        for (double v : r) {
            double a = Math.abs(v);
            if (!(a <= max)) {
                max = a;
            }
        }
        return max;
    }

    /**
     * The longest step (at most 1) along delta after which no total flow and no pressure falls below THETA of its
     * present value: the rule "fraction to the boundary" of interior-point methods. x = L / sum L and y = V / sum V
     * are singular where a total vanishes, and a Newton step that nearly empties a node lands where the
     * linearisation says nothing; the rule keeps the iterates where it does, and backtracking starts from there.
     */
    private double stepToBoundary(double[] u, double[] delta) {
        double alpha = 1;
        for (int k = 0; k <= nodes; k++) {
            int o = k * mv;
            double sl = 0;
            double dl = 0;
            double sv = 0;
            double dv = 0;
            for (int i = 0; i < n; i++) {
                sl += u[o + i];
                dl += delta[o + i];
                sv += u[o + n + i];
                dv += delta[o + n + i];
            }
            alpha = limit(alpha, sl, dl);
            if (!(closedEnd && k == (counter ? nodes : 0))) {
                alpha = limit(alpha, sv, dv);
            }
            if (fd) {
                alpha = limit(alpha, u[o + iPh], delta[o + iPh]);
            }
            if (pd) {
                alpha = limit(alpha, u[o + iPl], delta[o + iPl]);
            }
        }
        return alpha;
    }

    private static double limit(double alpha, double value, double change) {
        return value + alpha * change >= THETA * value ? alpha : (1 - THETA) * value / -change;
    }

    private boolean feasible(double[] u) {
        for (int k = 0; k <= nodes; k++) {
            int o = k * mv;
            double sl = 0;
            double sv = 0;
            for (int i = 0; i < n; i++) {
                sl += u[o + i];
                sv += u[o + n + i];
            }
            if (!(sl > 0)) {
                return false;
            }
            boolean closed = closedEnd && k == (counter ? nodes : 0);
            if (!closed && !(sv > 0)) {
                return false;
            }
            if (fd && !(u[o + iPh] > 0)) {
                return false;
            }
            if (pd && !(u[o + iPl] > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Node fluxes and pressure gradients with their derivatives with respect to the node's unknowns. */
    private void nodeEval(double[] u, int k, boolean derivatives) {
        int o = k * mv;
        double[] x = new double[n];
        double sl = 0;
        double sv = 0;
        for (int i = 0; i < n; i++) {
            sl += u[o + i];
            sv += u[o + n + i];
        }
        for (int i = 0; i < n; i++) {
            x[i] = u[o + i] / sl;
        }
        double ph = fd ? u[o + iPh] : m.feedPressurePa;
        double pl = pd ? u[o + iPl] : m.permeatePressurePa;
        double[] y = yNode[k];
        double[] j = flux[k];
        double[][] dj = dFlux[k];
        boolean closed = closedEnd && k == (counter ? nodes : 0);
        if (closed) {
            double[][] djdx = new double[n][n];
            double[] djdph = new double[n];
            double[] djdpl = new double[n];
            LocalPermeate.fluxAndDerivatives(m.q, x, ph, pl, j, y, djdx, djdph, djdpl);
            if (derivatives) {
                for (int i = 0; i < n; i++) {
                    Arrays.fill(dj[i], 0);
                    for (int c = 0; c < n; c++) {
                        double s = 0;
                        for (int l = 0; l < n; l++) {
                            s += djdx[i][l] * ((l == c ? 1 : 0) - x[l]);
                        }
                        dj[i][c] = s / sl;
                    }
                    if (fd) {
                        dj[i][iPh] = djdph[i];
                    }
                    if (pd) {
                        dj[i][iPl] = djdpl[i];
                    }
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                y[i] = u[o + n + i] / sv;
            }
            for (int i = 0; i < n; i++) {
                j[i] = m.q[i] * (ph * x[i] - pl * y[i]);
            }
            if (derivatives) {
                for (int i = 0; i < n; i++) {
                    double[] row = dj[i];
                    Arrays.fill(row, 0);
                    double a = m.q[i] * ph / sl;
                    double b = m.q[i] * pl / sv;
                    for (int c = 0; c < n; c++) {
                        row[c] = a * ((i == c ? 1 : 0) - x[i]);
                        row[n + c] = -b * ((i == c ? 1 : 0) - y[i]);
                    }
                    if (fd) {
                        row[iPh] = m.q[i] * x[i];
                    }
                    if (pd) {
                        row[iPl] = -m.q[i] * y[i];
                    }
                }
            }
        }
        if (fd) {
            double kf = m.feedDropCoefficient.get();
            double mu = m.viscosity.get().mixturePaS(x);
            gH[k] = -kf * mu * sl / ph;
            if (derivatives) {
                Arrays.fill(dgH[k], 0);
                for (int c = 0; c < n; c++) {
                    dgH[k][c] = -kf * mu / ph;
                }
                dgH[k][iPh] = kf * mu * sl / (ph * ph);
            }
        }
        if (pd) {
            double kp = m.permeateDropCoefficient.get();
            double mu = m.viscosity.get().mixturePaS(y);
            double sign = counter ? 1 : -1;
            double svPos = Math.max(sv, 0);
            gL[k] = sign * kp * mu * svPos / pl;
            if (derivatives) {
                Arrays.fill(dgL[k], 0);
                for (int c = 0; c < n; c++) {
                    dgL[k][n + c] = sign * kp * mu / pl;
                }
                dgL[k][iPl] = -sign * kp * mu * svPos / (pl * pl);
            }
        }
    }

    /** Residuals (scaled: flows by the inlet flow, pressures by the feed pressure) and, if asked, the Jacobian. */
    private void evaluate(double[] u, double[] r, BandedMatrix jac) {
        boolean d = jac != null;
        for (int k = 0; k <= nodes; k++) {
            nodeEval(u, k, d);
        }
        double fs = 1.0 / m.flowScale;
        double ps = 1.0 / m.feedPressurePa;
        int row = 0;
        // inlet block
        for (int i = 0; i < n; i++) {
            r[row] = (u[i] - m.feed[i]) * fs;
            if (d) {
                jac.set(row, i, fs);
            }
            row++;
        }
        if (fd) {
            r[row] = (u[iPh] - m.feedPressurePa) * ps;
            if (d) {
                jac.set(row, iPh, ps);
            }
            row++;
        }
        if (counter) {
            if (pd) {
                r[row] = (u[iPl] - m.permeatePressurePa) * ps;
                if (d) {
                    jac.set(row, iPl, ps);
                }
                row++;
            }
        } else {
            for (int i = 0; i < n; i++) {
                r[row] = (u[n + i] - m.sweep[i]) * fs;
                if (d) {
                    jac.set(row, n + i, fs);
                }
                row++;
            }
        }
        double vSign = counter ? -1 : 1;
        for (int k = 0; k < nodes; k++) {
            double hh = 0.5 * (position[k + 1] - position[k]);
            int o0 = k * mv;
            int o1 = (k + 1) * mv;
            for (int i = 0; i < n; i++) {
                double jbar = hh * (flux[k][i] + flux[k + 1][i]);
                r[row] = (u[o1 + i] - u[o0 + i] + jbar) * fs;
                r[row + n] = (vSign * (u[o1 + n + i] - u[o0 + n + i]) - jbar) * fs;
                if (d) {
                    jac.add(row, o1 + i, fs);
                    jac.add(row, o0 + i, -fs);
                    jac.add(row + n, o1 + n + i, vSign * fs);
                    jac.add(row + n, o0 + n + i, -vSign * fs);
                    for (int c = 0; c < mv; c++) {
                        double a0 = hh * dFlux[k][i][c] * fs;
                        double a1 = hh * dFlux[k + 1][i][c] * fs;
                        if (a0 != 0) {
                            jac.add(row, o0 + c, a0);
                            jac.add(row + n, o0 + c, -a0);
                        }
                        if (a1 != 0) {
                            jac.add(row, o1 + c, a1);
                            jac.add(row + n, o1 + c, -a1);
                        }
                    }
                }
                row++;
            }
            row += n;
            if (fd) {
                r[row] = (u[o1 + iPh] - u[o0 + iPh] - hh * (gH[k] + gH[k + 1])) * ps;
                if (d) {
                    jac.add(row, o1 + iPh, ps);
                    jac.add(row, o0 + iPh, -ps);
                    for (int c = 0; c < mv; c++) {
                        if (dgH[k][c] != 0) {
                            jac.add(row, o0 + c, -hh * dgH[k][c] * ps);
                        }
                        if (dgH[k + 1][c] != 0) {
                            jac.add(row, o1 + c, -hh * dgH[k + 1][c] * ps);
                        }
                    }
                }
                row++;
            }
            if (pd) {
                r[row] = (u[o1 + iPl] - u[o0 + iPl] - hh * (gL[k] + gL[k + 1])) * ps;
                if (d) {
                    jac.add(row, o1 + iPl, ps);
                    jac.add(row, o0 + iPl, -ps);
                    for (int c = 0; c < mv; c++) {
                        if (dgL[k][c] != 0) {
                            jac.add(row, o0 + c, -hh * dgL[k][c] * ps);
                        }
                        if (dgL[k + 1][c] != 0) {
                            jac.add(row, o1 + c, -hh * dgL[k + 1][c] * ps);
                        }
                    }
                }
                row++;
            }
        }
        int oN = nodes * mv;
        if (counter) {
            for (int i = 0; i < n; i++) {
                r[row] = (u[oN + n + i] - m.sweep[i]) * fs;
                if (d) {
                    jac.set(row, oN + n + i, fs);
                }
                row++;
            }
        } else if (pd) {
            r[row] = (u[oN + iPl] - m.permeatePressurePa) * ps;
            if (d) {
                jac.set(row, oN + iPl, ps);
            }
            row++;
        }
        if (row != r.length) {
            throw new IllegalStateException("assembled " + row + " equations for " + r.length + " unknowns");
        }
    }

    private ModuleProfile profile(double[] u, double[] mesh) {
        allocate(mesh);
        int meshNodes = cells(mesh);
        for (int k = 0; k <= meshNodes; k++) {
            nodeEval(u, k, false);
        }
        double[] area = new double[meshNodes + 1];
        double[] lt = new double[meshNodes + 1];
        double[] vt = new double[meshNodes + 1];
        double[][] x = new double[meshNodes + 1][n];
        double[][] y = new double[meshNodes + 1][n];
        double[] ph = new double[meshNodes + 1];
        double[] pl = new double[meshNodes + 1];
        for (int k = 0; k <= meshNodes; k++) {
            int o = k * mv;
            area[k] = position[k];
            double sl = 0;
            double sv = 0;
            for (int i = 0; i < n; i++) {
                sl += u[o + i];
                sv += u[o + n + i];
            }
            lt[k] = sl;
            vt[k] = sv;
            for (int i = 0; i < n; i++) {
                x[k][i] = u[o + i] / sl;
                y[k][i] = yNode[k][i];
            }
            ph[k] = fd ? u[o + iPh] : m.feedPressurePa;
            pl[k] = pd ? u[o + iPl] : m.permeatePressurePa;
        }
        return new ModuleProfile(m.species, area, lt, vt, x, y, ph, pl);
    }
}
