package org.permlab.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.numerics.BandedMatrix;

/**
 * Co- and counter-current plug flow on both sides: a boundary-value problem in the area coordinate a.
 *
 * <p>Unknowns at nodes a_k = k A/N, k = 0..N: feed-side component flows L_i, permeate-side component flows V_i
 * and, when the module has a pressure drop, the feed- and permeate-side pressures. Equations (trapezoidal finite
 * volumes, second order): L_i(k+1) - L_i(k) + h Jbar_i = 0 and, for counter-current, V_i(k) - V_i(k+1) - h Jbar_i
 * = 0 (co-current: V_i(k+1) - V_i(k) - h Jbar_i = 0), Jbar the mean of the node fluxes
 * J_i = Q_i (p_h x_i - p_l y_i); p(k+1) - p(k) - h gbar = 0 for each pressure with a drop, g = dp/da (compressible
 * Hagen-Poiseuille); boundary conditions L(0) = F, p_h(0) = p_F, the sweep (or zero) at the permeate channel's
 * closed end and the permeate outlet pressure at its open end. The feed and permeate balances telescope, so
 * every component balance closes to the Newton residual. At a closed end (no sweep) V = 0 and y is the local
 * cross-flow permeate ({@link LocalPermeate}; CONVENTIONS §8).
 *
 * <p>The mesh is uniform in xi with a = A (e^(c xi) - 1)/(e^c - 1), c = ln(1 + NTU/4), NTU = Q_max p_F A / F: a
 * module many times longer than the fastest species needs is graded towards the feed inlet, where that species is
 * stripped. Newton's method with an analytic banded Jacobian ({@link BandedMatrix}), a backtracking (Armijo) line
 * search that keeps flows and pressures positive, an iteration limit and a time limit. It starts from the
 * cross-flow solution on N/2 nodes, interpolates to N nodes, and estimates the discretisation error from the two
 * meshes at every shared node; while that exceeds the tolerance the mesh is doubled. The outlets are
 * Richardson-extrapolated (4 f_N - f_{N/2}) / 3, which keeps the balances closed.
 */
final class PlugFlowSolver {

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
    private final long deadline;
    private int totalIterations;

    // per-mesh work arrays
    private int nodes;
    /** Node positions a_k, m^2. */
    private double[] position;
    /** Mesh grading: a = A (e^(c xi) - 1) / (e^c - 1), xi uniform in [0, 1]; c = 0 is a uniform mesh. */
    private final double grading;
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
        this.deadline = System.nanoTime() + (long) (m.stage.settings().timeLimitS() * 1e9);
        double qMax = 0;
        for (double qi : m.q) {
            qMax = Math.max(qMax, qi);
        }
        // the fastest species is stripped over about F / (Q_max p_F) of area; when that is a small part of the
        // module, cluster the nodes at the feed inlet (geometric cell growth) so the steep part is resolved
        double ntu = qMax * m.feedPressurePa * m.areaM2 / m.flowScale;
        this.grading = Math.log1p(ntu / 4);
    }

    /** Node positions of a mesh with the given number of cells. */
    private double[] positions(int cells) {
        double[] a = new double[cells + 1];
        double denominator = Math.expm1(grading);
        for (int k = 0; k <= cells; k++) {
            double xi = (double) k / cells;
            a[k] = grading < 1e-6 ? m.areaM2 * xi : m.areaM2 * Math.expm1(grading * xi) / denominator;
        }
        a[cells] = m.areaM2;
        return a;
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
        return (counter ? "counter-current" : "co-current") + ": trapezoidal finite volumes, Newton with banded "
                + "Jacobian, Richardson-extrapolated outlets";
    }

    private StageResult run() {
        SolverSettings set = m.stage.settings();
        int coarse = Math.max(10, set.nodes() / 2);
        double[] u;
        try {
            u = start(coarse);
        } catch (org.hipparchus.exception.MathIllegalStateException e) {
            return failed(new Newton(false, Double.NaN, "the cross-flow start did not finish: " + e.getMessage()),
                    coarse);
        }
        Newton first = newton(u, coarse);
        if (!first.converged) {
            return failed(first, coarse);
        }
        double[] prevOut = outlets(u, coarse);
        int fine = coarse * 2;
        while (true) {
            double[] uf = refine(u, fine / 2);
            Newton second = newton(uf, fine);
            if (!second.converged) {
                return failed(second, fine);
            }
            double[] out = outlets(uf, fine);
            double err = profileError(u, uf, fine / 2);
            if (err <= set.tolerance() || fine * 2 > set.maxNodes()) {
                boolean ok = err <= set.tolerance();
                return finish(uf, fine, out, prevOut, err, second.residual, ok);
            }
            u = uf;
            prevOut = out;
            fine *= 2;
        }
    }

    /**
     * Richardson estimate of the discretisation error of the finer solution, (f_N - f_{N/2}) / 3, at every node the
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
                method(), totalIterations, meshNodes, nt.residual, Double.NaN, nt.message));
    }

    private StageResult finish(double[] u, int meshNodes, double[] out, double[] coarseOut, double err,
            double residual, boolean ok) {
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
        checkPressures(u, meshNodes);
        return m.result(retentate, permeate, ph, Optional.of(profile(u, meshNodes)), new SolverReport(ok, method(),
                totalIterations, meshNodes, residual, err, msg));
    }

    private void checkPressures(double[] u, int meshNodes) {
        for (int k = 0; k <= meshNodes; k++) {
            double ph = fd ? u[k * mv + iPh] : m.feedPressurePa;
            double pl = pd ? u[k * mv + iPl] : m.permeatePressurePa;
            if (!(ph > pl)) {
                throw InvalidInputException.of("module", String.format(Locale.ROOT, "the pressure drop consumes "
                        + "the driving force: the feed-side pressure (%.4g Pa) falls to the permeate-side pressure "
                        + "(%.4g Pa) at %.4g m2 of %.6g m2 (shorter or wider channels, or a smaller area)", ph, pl,
                        positions(meshNodes)[k], m.areaM2));
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
    private double[] start(int meshNodes) {
        double[] positions = positions(meshNodes);
        CrossFlowSolver.Sampled s = CrossFlowSolver.integrate(m, positions, 1e-7);
        double[] u = new double[(meshNodes + 1) * mv];
        double[][] j = new double[meshNodes + 1][n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k <= meshNodes; k++) {
            double[] st = s.states()[k];
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

    /** Linear interpolation from a mesh of {@code coarse} cells to one of 2 coarse cells. */
    private double[] refine(double[] u, int coarse) {
        double[] f = new double[(2 * coarse + 1) * mv];
        for (int k = 0; k <= coarse; k++) {
            System.arraycopy(u, k * mv, f, 2 * k * mv, mv);
            if (k < coarse) {
                for (int v = 0; v < mv; v++) {
                    f[(2 * k + 1) * mv + v] = 0.5 * (u[k * mv + v] + u[(k + 1) * mv + v]);
                }
            }
        }
        return f;
    }

    private record Newton(boolean converged, double residual, String message) {
    }

    private void allocate(int meshNodes) {
        nodes = meshNodes;
        position = positions(meshNodes);
        flux = new double[meshNodes + 1][n];
        dFlux = new double[meshNodes + 1][n][mv];
        gH = new double[meshNodes + 1];
        dgH = new double[meshNodes + 1][mv];
        gL = new double[meshNodes + 1];
        dgL = new double[meshNodes + 1][mv];
        yNode = new double[meshNodes + 1][n];
    }

    /** Newton iterations on u (in place). */
    private Newton newton(double[] u, int meshNodes) {
        allocate(meshNodes);
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
            if (System.nanoTime() > deadline) {
                return new Newton(false, norm, "time limit of " + m.stage.settings().timeLimitS() + " s reached "
                        + "(residual " + norm + ")");
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
            double alpha = 1;
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
                : new Newton(false, norm, "no convergence in " + limit + " Newton iterations (residual " + norm + ")");
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
            double[] xc = new double[n];
            for (int i = 0; i < n; i++) {
                xc[i] = Math.max(x[i], 0);
            }
            LocalPermeate.fluxAndDerivatives(m.q, xc, ph, pl, j, y, djdx, djdph, djdpl);
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

    private ModuleProfile profile(double[] u, int meshNodes) {
        allocate(meshNodes);
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
