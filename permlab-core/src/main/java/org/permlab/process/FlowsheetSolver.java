package org.permlab.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.permlab.error.InvalidInputException;
import org.permlab.gas.GasDatabase;

/**
 * Sequential-modular solution of a {@link Flowsheet}: units are computed in an order that follows their
 * connections; where a recycle blocks the order, the blocked unit's unknown inlets are torn (guessed, first as
 * empty streams) and the tear streams' component flows are converged by Wegstein's method (default; bounded,
 * -5 &le; q &le; 0), Newton's method or direct substitution; their pressures and temperatures follow by substitution.
 * Every pass is limited in number and time, and a loop whose flows grow without bound is reported as divergent:
 * non-convergence is an explicit result.
 */
final class FlowsheetSolver {

    private static final double Q_MIN = -5;
    private static final double Q_MAX = 0;

    private final Flowsheet fs;
    private final List<UnitOperation> order = new ArrayList<>();
    private final List<String> tears = new ArrayList<>();
    private final int n;
    private final double feedTotal;
    private final WallClock clock;
    private int passes;
    private RealMatrix lastJacobian;

    FlowsheetSolver(Flowsheet fs) {
        this.fs = fs;
        this.n = fs.species().size();
        double total = 0;
        for (ProcessStream f : fs.feeds().values()) {
            total += f.totalFlowMolS();
        }
        this.feedTotal = total > 0 ? total : 1;
        this.clock = new WallClock(fs.recycle().timeLimitS());
        plan();
    }

    /** Calculation order and tear streams. */
    private void plan() {
        Set<String> known = new LinkedHashSet<>(fs.feeds().keySet());
        List<UnitOperation> remaining = new ArrayList<>(fs.units());
        while (!remaining.isEmpty()) {
            UnitOperation ready = null;
            for (UnitOperation u : remaining) {
                if (known.containsAll(u.inlets())) {
                    ready = u;
                    break;
                }
            }
            if (ready == null) {
                UnitOperation best = remaining.get(0);
                long bestMissing = Long.MAX_VALUE;
                for (UnitOperation u : remaining) {
                    long missing = u.inlets().stream().filter(s -> !known.contains(s)).count();
                    if (missing < bestMissing) {
                        bestMissing = missing;
                        best = u;
                    }
                }
                for (String s : best.inlets()) {
                    if (!known.contains(s)) {
                        tears.add(s);
                        known.add(s);
                    }
                }
                ready = best;
            }
            order.add(ready);
            known.addAll(ready.outlets());
            remaining.remove(ready);
        }
    }

    /** One pass: every unit once, the tear streams taken as given. */
    private record Pass(Map<String, ProcessStream> streams, List<StageResult> stages,
            List<CompressorResult> compressors, Optional<String> failure, SolverStatus failureStatus) {
    }

    private Pass pass(Map<String, ProcessStream> tearValues) {
        passes++;
        Map<String, ProcessStream> s = new HashMap<>(fs.feeds());
        s.putAll(tearValues);
        Map<String, StageResult> stageResults = new HashMap<>();
        Map<String, CompressorResult> compressorResults = new HashMap<>();
        for (UnitOperation u : order) {
            if (u instanceof StageUnit su) {
                Stage stage = su.stage();
                if (su.sweep().isPresent()) {
                    stage = new Stage(stage.name(), stage.membrane(), stage.module(), stage.pattern(),
                            stage.permeatePressurePa(), stage.temperatureK(), Optional.of(s.get(su.sweep().get())),
                            stage.settings());
                }
                StageResult r;
                try {
                    r = stage.solve(s.get(su.feed()));
                } catch (InvalidInputException e) {
                    throw e.underField("units." + u.name());
                }
                if (!r.solver().converged()) {
                    return new Pass(s, List.of(), List.of(), Optional.of("stage " + u.name() + " did not converge: "
                            + r.solver().message()), r.solver().status());
                }
                stageResults.put(u.name(), r);
                s.put(su.retentate(), r.retentate().onSpecies(fs.species()));
                s.put(su.permeate(), r.permeate().onSpecies(fs.species()));
            } else if (u instanceof CompressorUnit cu) {
                CompressorResult r;
                try {
                    r = cu.compressor().compress(s.get(cu.inlet()));
                } catch (InvalidInputException e) {
                    throw e.underField("units." + u.name());
                }
                compressorResults.put(u.name(), r);
                s.put(cu.outlet(), r.outlet());
            } else if (u instanceof MixerUnit mu) {
                List<ProcessStream> in = new ArrayList<>();
                mu.inlets().forEach(x -> in.add(s.get(x)));
                s.put(mu.outlet(), MixerUnit.mix(in));
            } else if (u instanceof SplitterUnit sp) {
                ProcessStream in = s.get(sp.inlet());
                for (int k = 0; k < sp.outlets().size(); k++) {
                    s.put(sp.outlets().get(k), in.scaled(sp.fractions().get(k)));
                }
            }
        }
        List<StageResult> stages = new ArrayList<>();
        List<CompressorResult> compressors = new ArrayList<>();
        for (UnitOperation u : fs.units()) {
            if (stageResults.containsKey(u.name())) {
                stages.add(stageResults.get(u.name()));
            }
            if (compressorResults.containsKey(u.name())) {
                compressors.add(compressorResults.get(u.name()));
            }
        }
        return new Pass(s, stages, compressors, Optional.empty(), SolverStatus.CONVERGED);
    }

    private double initialPressure() {
        double p = 0;
        for (ProcessStream f : fs.feeds().values()) {
            p = Math.max(p, f.pressurePa());
        }
        return p;
    }

    private double initialTemperature() {
        return fs.feeds().values().iterator().next().temperatureK();
    }

    /** Flows of the tear streams as one vector. */
    private double[] flowsOf(Map<String, ProcessStream> streams) {
        double[] x = new double[tears.size() * n];
        for (int t = 0; t < tears.size(); t++) {
            System.arraycopy(streams.get(tears.get(t)).componentFlowsMolS(), 0, x, t * n, n);
        }
        return x;
    }

    private Map<String, ProcessStream> tearStreams(double[] x, Map<String, ProcessStream> stateFrom) {
        Map<String, ProcessStream> m = new LinkedHashMap<>();
        for (int t = 0; t < tears.size(); t++) {
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = Math.max(0, x[t * n + i]);
            }
            ProcessStream like = stateFrom.get(tears.get(t));
            m.put(tears.get(t), new ProcessStream(fs.species(), f, like.pressurePa(), like.temperatureK()));
        }
        return m;
    }

    private double change(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d / feedTotal;
    }

    private double stateChange(Map<String, ProcessStream> a, Map<String, ProcessStream> b) {
        double d = 0;
        for (String t : tears) {
            d = Math.max(d, Math.abs(a.get(t).pressurePa() - b.get(t).pressurePa()) / b.get(t).pressurePa());
            d = Math.max(d, Math.abs(a.get(t).temperatureK() - b.get(t).temperatureK()) / b.get(t).temperatureK());
        }
        return d;
    }

    private static boolean diverged(double[] x, double limit) {
        for (double v : x) {
            if (!Double.isFinite(v) || v > limit) {
                return true;
            }
        }
        return false;
    }

    CascadeResult solve(RecycleState start) {
        RecycleSettings set = fs.recycle();
        Map<String, ProcessStream> guess = new LinkedHashMap<>();
        boolean warm = true;
        for (String t : tears) {
            ProcessStream given = start.tears().get(t);
            if (given != null && given.species().equals(fs.species())) {
                guess.put(t, given);
            } else {
                guess.put(t, ProcessStream.empty(fs.species(), initialPressure(), initialTemperature()));
                warm = false;
            }
        }
        if (tears.isEmpty()) {
            Pass p = pass(guess);
            return result(p, new SolverReport(p.failure().isEmpty(), "sequential (no recycle)", 1, 0, 0, 0,
                    p.failure().orElse("converged"), p.failureStatus()));
        }
        String method = switch (set.method()) {
            case WEGSTEIN -> "Wegstein (bounded, -5 <= q <= 0) on the tear streams' component flows";
            case NEWTON -> "Newton on the tear residual g(x) - x: forward-difference Jacobian, Broyden updates";
            case DIRECT -> "direct substitution on the tear streams";
        };
        double limit = 1e6 * feedTotal;
        double[] x = flowsOf(guess);
        Map<String, ProcessStream> state = guess;
        Pass p = pass(guess);
        double[] xPrev = null;
        double[] gPrev = null;
        double[] rPrev = null;
        RealMatrix jacobian = warm && start.jacobian().isPresent()
                && start.jacobian().get().length == tears.size() * n
                ? MatrixUtils.createRealMatrix(start.jacobian().get()) : null;
        boolean stalled = false;
        double lastResidual = Double.POSITIVE_INFINITY;
        for (int it = 1; it <= set.maxIterations(); it++) {
            if (p.failure().isPresent()) {
                return result(p, new SolverReport(false, method, passes, 0, Double.NaN, 0, p.failure().get(),
                        p.failureStatus()));
            }
            double[] g = flowsOf(p.streams());
            double residual = change(g, x);
            Map<String, ProcessStream> computed = new LinkedHashMap<>();
            for (String t : tears) {
                computed.put(t, p.streams().get(t));
            }
            double stateResidual = stateChange(computed, state);
            if (residual <= set.tolerance() && stateResidual <= set.tolerance()) {
                return result(p, new SolverReport(true, method, passes, 0, residual, 0, "converged"));
            }
            if (diverged(g, limit)) {
                return result(p, new SolverReport(false, method, passes, 0, residual, 0, "the recycle diverges: "
                        + "tear-stream flows exceed 1e6 times the feed (a loop without an outlet has no steady "
                        + "state)"));
            }
            if (clock.expired()) {
                return result(p, new SolverReport(false, method, passes, 0, residual, 0, "time limit of "
                        + set.timeLimitS() + " s reached (the wall-clock safety net, time_limit; residual "
                        + fmt(residual) + ")", SolverStatus.TIME_LIMIT));
            }
            double[] next;
            if (set.method() == RecycleMethod.NEWTON) {
                double[] r = new double[x.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = g[i] - x[i];
                }
                if (jacobian != null && xPrev != null) {
                    broydenUpdate(jacobian, x, xPrev, r, rPrev);
                }
                if (jacobian == null || stalled) {
                    jacobian = finiteDifferenceJacobian(x, r, computed);
                    if (jacobian == null) {
                        return result(p, new SolverReport(false, method, passes, 0, residual, 0, "a pass failed "
                                + "while building the tear Jacobian"));
                    }
                }
                lastJacobian = jacobian;
                LUDecomposition lu = new LUDecomposition(jacobian, 1e-300);
                if (!lu.getSolver().isNonSingular()) {
                    return result(p, new SolverReport(false, method, passes, 0, residual, 0, "the tear Jacobian "
                            + "is singular"));
                }
                double[] step = lu.getSolver().solve(MatrixUtils.createRealVector(r)).toArray();
                next = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    next[i] = Math.max(0, x[i] - step[i]);
                }
                stalled = residual >= lastResidual;
                lastResidual = residual;
                rPrev = r;
            } else if (set.method() == RecycleMethod.WEGSTEIN && xPrev != null) {
                next = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    double dx = x[i] - xPrev[i];
                    double q = 0;
                    if (Math.abs(dx) > 1e-14 * feedTotal) {
                        double slope = (g[i] - gPrev[i]) / dx;
                        q = slope / (slope - 1);
                        if (!Double.isFinite(q)) {
                            q = 0;
                        }
                        q = Math.max(Q_MIN, Math.min(Q_MAX, q));
                    }
                    next[i] = Math.max(0, q * x[i] + (1 - q) * g[i]);
                }
            } else {
                next = g.clone();
            }
            xPrev = x;
            gPrev = g;
            x = next;
            state = computed;
            Pass np = pass(tearStreams(x, computed));
            p = np;
            if (it == set.maxIterations()) {
                double[] gl = flowsOf(p.streams());
                double r = change(gl, x);
                if (r <= set.tolerance() && p.failure().isEmpty()) {
                    return result(p, new SolverReport(true, method, passes, 0, r, 0, "converged"));
                }
                return result(p, new SolverReport(false, method, passes, 0, r, 0, "no convergence in "
                        + set.maxIterations() + " iterations (max_iterations; residual " + fmt(r) + ", tolerance "
                        + fmt(set.tolerance()) + ")", SolverStatus.ITERATION_LIMIT));
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Forward-difference Jacobian of r(x) = g(x) - x (one pass per tear variable); null if a pass fails. */
    private RealMatrix finiteDifferenceJacobian(double[] x, double[] r, Map<String, ProcessStream> state) {
        int d = x.length;
        RealMatrix j = MatrixUtils.createRealMatrix(d, d);
        for (int c = 0; c < d; c++) {
            double h = 1e-6 * Math.max(Math.abs(x[c]), 1e-3 * feedTotal);
            double[] xp = x.clone();
            xp[c] += h;
            Pass pp = pass(tearStreams(xp, state));
            if (pp.failure().isPresent()) {
                return null;
            }
            double[] gp = flowsOf(pp.streams());
            for (int i = 0; i < d; i++) {
                j.setEntry(i, c, ((gp[i] - xp[i]) - r[i]) / h);
            }
        }
        return j;
    }

    /** Broyden's rank-one update of the Jacobian (Broyden, Math. Comp. 19 (1965) 577). */
    private static void broydenUpdate(RealMatrix j, double[] x, double[] xPrev, double[] r, double[] rPrev) {
        int d = x.length;
        double[] dx = new double[d];
        double norm = 0;
        for (int i = 0; i < d; i++) {
            dx[i] = x[i] - xPrev[i];
            norm += dx[i] * dx[i];
        }
        if (!(norm > 0)) {
            return;
        }
        for (int i = 0; i < d; i++) {
            double jdx = 0;
            for (int c = 0; c < d; c++) {
                jdx += j.getEntry(i, c) * dx[c];
            }
            double u = (r[i] - rPrev[i]) - jdx;
            for (int c = 0; c < d; c++) {
                j.addToEntry(i, c, u * dx[c] / norm);
            }
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private CascadeResult result(Pass p, SolverReport report) {
        Map<String, String> from = new HashMap<>();
        Map<String, String> to = new HashMap<>();
        for (UnitOperation u : fs.units()) {
            u.outlets().forEach(s -> from.put(s, u.name()));
            u.inlets().forEach(s -> to.put(s, u.name()));
        }
        List<NamedStream> streams = new ArrayList<>();
        for (String name : fs.streamNames()) {
            ProcessStream s = p.streams().get(name);
            if (s != null) {
                streams.add(new NamedStream(name, Optional.ofNullable(from.get(name)), Optional.ofNullable(
                        to.get(name)), tears.contains(name), s));
            }
        }
        double area = 0;
        for (UnitOperation u : fs.units()) {
            if (u instanceof StageUnit su) {
                area += su.stage().areaM2();
            }
        }
        double power = p.compressors().stream().mapToDouble(CompressorResult::powerW).sum();
        double err = 0;
        List<String> products = fs.productStreams();
        for (int i = 0; i < n; i++) {
            double in = 0;
            for (ProcessStream f : fs.feeds().values()) {
                in += f.flowMolS(i);
            }
            double out = 0;
            for (String prod : products) {
                ProcessStream s = p.streams().get(prod);
                out += s == null ? 0 : s.flowMolS(i);
            }
            err = Math.max(err, Math.abs(in - out) / feedTotal);
        }
        Optional<ProductSummary> product = fs.product().flatMap(ps -> {
            ProcessStream s = p.streams().get(ps.stream());
            if (s == null) {
                return Optional.empty();
            }
            double fed = 0;
            for (ProcessStream f : fs.feeds().values()) {
                fed += f.flowMolS(ps.species());
            }
            double molar = s.flowMolS(ps.species());
            double mass = molar * GasDatabase.standard().lookup(ps.species()).molarMassKgPerMol();
            return Optional.of(new ProductSummary(ps.stream(), ps.species(), s.moleFraction(ps.species()),
                    fed > 0 ? molar / fed : Double.NaN, mass, mass > 0 ? power / mass : Double.NaN));
        });
        Map<String, ProcessStream> tearState = new LinkedHashMap<>();
        for (String t : tears) {
            ProcessStream s = p.streams().get(t);
            if (s != null) {
                tearState.put(t, s);
            }
        }
        return new CascadeResult(fs.name(), fs.species(), streams, p.stages(), p.compressors(), area, power,
                product, err, report, tears, new RecycleState(tearState, Optional.ofNullable(lastJacobian)
                        .map(RealMatrix::getData)), CascadeResult.CONVENTIONS);
    }
}
