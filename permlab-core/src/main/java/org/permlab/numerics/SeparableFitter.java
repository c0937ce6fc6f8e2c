package org.permlab.numerics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Fits counts y_k (k = 1..N bins) with a model that is linear in some parameters and non-linear in others,
 * f_k = sum_j Phi_kj(theta) c_j + o_k, by variable projection: the linear coefficients c are eliminated at every
 * value of theta (G. H. Golub and V. Pereyra, Inverse Problems 19 (2003) R1), so that only theta needs a start,
 * and Levenberg-Marquardt steps are taken on theta with the Schur complement of the Fisher information (the
 * "Kaufman" Jacobian, L. Kaufman, BIT 15 (1975) 49).
 *
 * <p>Two criteria are offered:
 * <ul>
 * <li>{@link Weighting#POISSON}: Poisson maximum likelihood. The objective is the deviance
 * D = 2 sum [f - y + y ln(y/f)]; its stationary point is the fixed point of least squares with weights 1/f from
 * the model (iteratively re-weighted). Counts may be zero; the model must stay positive.</li>
 * <li>{@link Weighting#NEYMAN}: least squares with fixed weights 1/max(y, 1) (Neyman's chi-square), which is
 * biased low on low-count data; offered for comparison with programs that use it.</li>
 * </ul>
 *
 * <p>Linear equality constraints C c = d (fixed intensities or ratios, a fixed background or area) are applied
 * exactly by writing c = c0 + N z with N a basis of the null space of C. Non-linear parameters may have simple
 * bounds (projected steps; a parameter on its bound is reported). The covariance is the unscaled inverse of the
 * Fisher information J^T W J at the solution, in the natural parameters (theta, c); constrained directions have
 * zero variance.
 */
public final class SeparableFitter {

    /** The fitting criterion. */
    public enum Weighting {
        /** Poisson maximum likelihood, weights 1/f from the model, iterated. */
        POISSON,
        /** Neyman's chi-square: weights 1/max(y, 1) from the data. */
        NEYMAN
    }

    /**
     * A separable model evaluated on N bins. Implementations are not shared between threads.
     */
    public interface Model {
        /** N, the number of bins. */
        int bins();

        /** m, the number of linear coefficients (columns of Phi). */
        int linearCount();

        /** q, the number of (free) non-linear parameters. */
        int nonlinearCount();

        /**
         * For each non-linear parameter i, the columns of Phi that depend on it: {@code pattern[i]} lists column
         * indices; derivatives are delivered in that order.
         */
        int[][] derivativePattern();

        /**
         * Evaluates the basis at theta.
         *
         * @param theta       the non-linear parameters (length q)
         * @param basis       out: {@code basis[j][k]} = Phi_kj, j &lt; m, k &lt; N
         * @param derivatives out: {@code derivatives[i][s][k]} = d Phi_{k, pattern[i][s]} / d theta_i
         */
        void evaluate(double[] theta, double[][] basis, double[][][] derivatives);
    }

    /**
     * Options.
     *
     * @param maxIterations      Levenberg-Marquardt iterations at most
     * @param stepTolerance      convergence when every step is below this fraction of its parameter's SD
     * @param objectiveTolerance convergence when the Newton decrement (the objective still to gain) is below this
     *                           (absolute; the deviance and chi-square are O(N), so 1e-7 is statistically nothing)
     * @param polish             true for a final answer: a small decrease counts only after an undamped step, and a
     *                           last Gauss-Newton step is taken; false for exploratory fits that only need the basin
     *                           (any accepted step that gains less than the tolerance ends the fit)
     */
    public record Options(int maxIterations, double stepTolerance, double objectiveTolerance, boolean polish) {
        public static Options defaults() {
            return new Options(200, 1e-4, 1e-7, true);
        }
    }

    /**
     * The problem.
     *
     * @param counts           y (length N), non-negative
     * @param offset           a fixed model part o (length N), e.g. a source spectrum; zeros if none
     * @param constraintMatrix C (r x m), possibly empty (r = 0)
     * @param constraintValues d (length r)
     * @param lower            lower bounds of theta (-infinity for none)
     * @param upper            upper bounds of theta (+infinity for none)
     */
    public record Problem(double[] counts, double[] offset, Weighting weighting, double[][] constraintMatrix,
            double[] constraintValues, double[] lower, double[] upper, Options options) {
        public Problem {
            Objects.requireNonNull(weighting);
            Objects.requireNonNull(options);
        }
    }

    /**
     * The answer.
     *
     * @param theta          the non-linear parameters
     * @param linear         the linear coefficients c
     * @param covariance     (q + m) x (q + m): theta first, then c; unscaled inverse Fisher information
     * @param objective      the deviance (Poisson) or chi-square (Neyman) at the solution
     * @param chiSquare      sum w (y - f)^2 with w = 1/f (Poisson) or 1/max(y,1) (Neyman)
     * @param freeParameters q + the number of free linear directions
     * @param model          f at the solution (length N)
     * @param converged      whether a convergence test was met within the iteration limit
     * @param iterations     Levenberg-Marquardt iterations taken
     * @param atBound        for each theta, whether it ended on a bound
     * @param singular       whether the Fisher information was singular (some parameters not determined)
     */
    public record Result(double[] theta, double[] linear, double[][] covariance, double objective, double chiSquare,
            int freeParameters, double[] model, boolean converged, int iterations, boolean[] atBound,
            boolean singular) {
    }

    /** Channels per block of {@code symmetricGram}: 8 columns of 512 doubles fit in a 32 KB L1 cache. */
    private static final int BLOCK = 512;

    private SeparableFitter() {
    }

    /**
     * Fits.
     *
     * @param model       the model
     * @param problem     data, weighting, constraints, bounds
     * @param thetaStart  the start of theta (clamped into the bounds)
     * @param linearStart a start for c (used by Poisson when it gives a positive model), or {@code null}
     */
    public static Result fit(Model model, Problem problem, double[] thetaStart, double[] linearStart) {
        return new Run(model, problem).run(thetaStart, linearStart);
    }

    /** One fit: scratch space and state. */
    private static final class Run {
        private final Model model;
        private final Problem p;
        private final int n;
        private final int m;
        private final int q;
        private final int[][] pattern;
        private final double[] y;
        private final double[] offset;
        private final double[] fixedWeight;
        // constraints: c = c0 + nullBasis z
        private final double[] c0;
        private final double[][] nullBasis; // m x mz
        private final int mz;
        private final boolean identityNull;

        Run(Model model, Problem problem) {
            this.model = model;
            this.p = problem;
            this.n = model.bins();
            this.m = model.linearCount();
            this.q = model.nonlinearCount();
            this.pattern = model.derivativePattern();
            this.y = problem.counts();
            if (y.length != n) {
                throw new IllegalArgumentException("counts: expected " + n + " bins, got " + y.length);
            }
            this.offset = problem.offset() == null ? new double[n] : problem.offset();
            this.fixedWeight = new double[n];
            for (int k = 0; k < n; k++) {
                fixedWeight[k] = 1.0 / Math.max(y[k], 1.0);
            }
            double[][] cm = problem.constraintMatrix() == null ? new double[0][] : problem.constraintMatrix();
            double[] cv = problem.constraintValues() == null ? new double[0] : problem.constraintValues();
            if (cm.length == 0) {
                c0 = new double[m];
                nullBasis = new double[m][m];
                for (int j = 0; j < m; j++) {
                    nullBasis[j][j] = 1.0;
                }
                mz = m;
                identityNull = true;
            } else {
                identityNull = false;
                RealMatrix c = new Array2DRowRealMatrix(cm);
                // SVD of C^T C-like: use the SVD of C padded to m x m so that V spans R^m
                double[][] padded = new double[Math.max(cm.length, m)][m];
                for (int r = 0; r < cm.length; r++) {
                    System.arraycopy(cm[r], 0, padded[r], 0, m);
                }
                SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(padded));
                double[] s = svd.getSingularValues();
                RealMatrix v = svd.getV();
                double tol = 1e-12 * Math.max(1.0, s.length == 0 ? 0 : s[0]) * m;
                int rank = 0;
                for (double sv : s) {
                    if (sv > tol) {
                        rank++;
                    }
                }
                mz = m - rank;
                nullBasis = new double[m][mz];
                for (int j = 0; j < m; j++) {
                    for (int z = 0; z < mz; z++) {
                        nullBasis[j][z] = v.getEntry(j, rank + z);
                    }
                }
                // c0 = C^+ d (least-norm particular solution)
                double[] dPadded = new double[padded.length];
                System.arraycopy(cv, 0, dPadded, 0, cv.length);
                RealMatrix ut = svd.getUT();
                c0 = new double[m];
                for (int r = 0; r < rank; r++) {
                    double coef = ut.getRowVector(r).dotProduct(new ArrayRealVector(dPadded)) / s[r];
                    for (int j = 0; j < m; j++) {
                        c0[j] += coef * v.getEntry(j, r);
                    }
                }
                // consistency: C c0 = d
                double[] check = c.operate(c0);
                for (int r = 0; r < cv.length; r++) {
                    if (Math.abs(check[r] - cv[r]) > 1e-8 * Math.max(1.0, Math.abs(cv[r]))) {
                        throw new IllegalArgumentException("the linear constraints contradict each other");
                    }
                }
            }
        }

        /** Everything computed at one theta. */
        private final class Point {
            final double[] theta;
            final double[][] basis = new double[m][n];
            final double[][][] deriv = new double[q][][];
            double[] z = new double[mz];
            double[] c = new double[m];
            final double[] f = new double[n];
            double objective = Double.POSITIVE_INFINITY;

            Point(double[] theta) {
                this.theta = theta.clone();
                for (int i = 0; i < q; i++) {
                    deriv[i] = new double[pattern[i].length][n];
                }
                model.evaluate(this.theta, basis, deriv);
            }

            void setZ(double[] newZ) {
                z = newZ.clone();
                Arrays.fill(c, 0.0);
                for (int j = 0; j < m; j++) {
                    double v = c0[j];
                    for (int a = 0; a < mz; a++) {
                        v += nullBasis[j][a] * z[a];
                    }
                    c[j] = v;
                }
                System.arraycopy(offset, 0, f, 0, n);
                for (int j = 0; j < m; j++) {
                    double cj = c[j];
                    if (cj != 0.0) {
                        double[] col = basis[j];
                        for (int k = 0; k < n; k++) {
                            f[k] += cj * col[k];
                        }
                    }
                }
            }
        }

        private double[][] reducedBasis(Point pt) {
            if (identityNull) {
                return pt.basis;
            }
            double[][] r = new double[mz][n];
            for (int a = 0; a < mz; a++) {
                double[] out = r[a];
                for (int j = 0; j < m; j++) {
                    double nj = nullBasis[j][a];
                    if (nj != 0.0) {
                        double[] col = pt.basis[j];
                        for (int k = 0; k < n; k++) {
                            out[k] += nj * col[k];
                        }
                    }
                }
            }
            return r;
        }

        private double objective(double[] f) {
            double s = 0.0;
            if (p.weighting() == Weighting.POISSON) {
                // each term y (r - ln(1 + r)) with r = (f - y)/y: no cancellation where f is close to y
                for (int k = 0; k < n; k++) {
                    double fk = f[k];
                    double yk = y[k];
                    if (!(fk > 0)) {
                        if (fk == 0 && yk == 0) {
                            continue;
                        }
                        return Double.POSITIVE_INFINITY;
                    }
                    if (yk > 0) {
                        double r = (fk - yk) / yk;
                        s += yk * (r - Math.log1p(r));
                    } else {
                        s += fk;
                    }
                }
                return 2.0 * s;
            }
            for (int k = 0; k < n; k++) {
                double r = y[k] - f[k];
                s += fixedWeight[k] * r * r;
            }
            return s;
        }

        private double weight(int k, double[] f) {
            return p.weighting() == Weighting.POISSON ? 1.0 / f[k] : fixedWeight[k];
        }

        /** Solves for the linear coordinates z at this point (warm start zStart when useful). */
        private void solveLinear(Point pt, double[] zStart, double[] zFallback) {
            if (mz == 0) {
                pt.setZ(new double[0]);
                pt.objective = objective(pt.f);
                return;
            }
            double[][] phi = reducedBasis(pt);
            double[] base = new double[n];
            // o + Phi c0
            System.arraycopy(offset, 0, base, 0, n);
            for (int j = 0; j < m; j++) {
                if (c0[j] != 0.0) {
                    for (int k = 0; k < n; k++) {
                        base[k] += c0[j] * pt.basis[j][k];
                    }
                }
            }
            if (p.weighting() == Weighting.NEYMAN) {
                double[] zLs = weightedLeastSquares(phi, base, fixedWeight);
                pt.setZ(zLs == null ? new double[mz] : zLs);
                pt.objective = objective(pt.f);
                return;
            }
            // Poisson: damped Newton iterations on the deviance from the warm start, or from the Neyman solution
            double[] best = null;
            double bestObj = Double.POSITIVE_INFINITY;
            // candidates: the (predicted) warm start, the previous point's, and on a fresh start the Neyman solution
            double[][] candidates = zFallback != null ? new double[][] {zStart, zFallback}
                    : new double[][] {zStart, weightedLeastSquares(phi, base, fixedWeight)};
            for (double[] candidate : candidates) {
                if (candidate == null) {
                    continue;
                }
                pt.setZ(candidate);
                double o = objective(pt.f);
                if (o < bestObj) {
                    bestObj = o;
                    best = candidate.clone();
                }
                if (zFallback != null && Double.isFinite(o)) {
                    break; // the prediction is feasible: use it
                }
            }
            if (best == null) {
                pt.objective = Double.POSITIVE_INFINITY;
                return;
            }
            pt.setZ(best);
            double obj = bestObj;
            double[][] a = new double[mz][mz];
            double[] g = new double[mz];
            double[] hw = new double[n];
            double[] gw = new double[n];
            for (int it = 0; it < 50; it++) {
                // gradient of -D/2: sum phi (y/f - 1); Hessian of D/2: sum phi phi^T y/f^2
                boolean fisher = false;
                for (int k = 0; k < n; k++) {
                    double inv = 1.0 / pt.f[k];
                    gw[k] = y[k] * inv - 1.0;
                    hw[k] = y[k] * inv * inv;
                }
                gram(phi, hw, gw, a, g);
                double[] dz = solvePositive(a, g);
                if (dz == null) {
                    // a column supported only where y = 0: fall back to Fisher scoring (weights 1/f)
                    fisher = true;
                    for (int k = 0; k < n; k++) {
                        hw[k] = 1.0 / pt.f[k];
                    }
                    gram(phi, hw, gw, a, g);
                    dz = solveSymmetric(a, g);
                    if (dz == null) {
                        break;
                    }
                }
                double decrement = 0.0;
                for (int r = 0; r < mz; r++) {
                    decrement += g[r] * dz[r];
                }
                // the decrement g^T H^-1 g is the deviance still to gain: 1e-8 is far below any statistical meaning
                if (!fisher && decrement < 1e-8) {
                    break;
                }
                double step = 1.0;
                double[] zOld = pt.z.clone();
                double newObj = Double.POSITIVE_INFINITY;
                double[] trial = new double[mz];
                for (int h = 0; h < 12; h++) {
                    for (int r = 0; r < mz; r++) {
                        trial[r] = zOld[r] + step * dz[r];
                    }
                    pt.setZ(trial);
                    newObj = objective(pt.f);
                    if (newObj <= obj) {
                        break;
                    }
                    step *= 0.5;
                }
                if (!(newObj <= obj)) {
                    pt.setZ(zOld);
                    break;
                }
                double decrease = obj - newObj;
                obj = newObj;
                if (decrease < 1e-9) {
                    break;
                }
            }
            pt.objective = obj;
        }

        /** a = Phi^T diag(hw) Phi, g = Phi^T gw. */
        private void gram(double[][] phi, double[] hw, double[] gw, double[][] a, double[] g) {
            for (int r = 0; r < mz; r++) {
                double[] pr = phi[r];
                double gr = 0.0;
                for (int k = 0; k < n; k++) {
                    gr += pr[k] * gw[k];
                }
                g[r] = gr;
            }
            symmetricGram(phi, hw, a);
        }

        /**
         * out = C^T diag(w) C for the columns C, in blocks of channels so that each block of every column is read
         * from cache for all the pairs (the columns together exceed the cache on 10 000-channel spectra).
         */
        private void symmetricGram(double[][] cols, double[] w, double[][] out) {
            int size = cols.length;
            for (double[] row : out) {
                java.util.Arrays.fill(row, 0, size, 0.0);
            }
            double[] wc = new double[Math.min(BLOCK, n)];
            for (int k0 = 0; k0 < n; k0 += BLOCK) {
                int k1 = Math.min(n, k0 + BLOCK);
                for (int r = 0; r < size; r++) {
                    double[] cr = cols[r];
                    for (int k = k0; k < k1; k++) {
                        wc[k - k0] = cr[k] * w[k];
                    }
                    for (int c = 0; c <= r; c++) {
                        double[] cc = cols[c];
                        double v = 0.0;
                        for (int k = k0; k < k1; k++) {
                            v += wc[k - k0] * cc[k];
                        }
                        out[r][c] += v;
                    }
                }
            }
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < r; c++) {
                    out[c][r] = out[r][c];
                }
            }
        }

        private double[] weightedLeastSquares(double[][] phi, double[] base, double[] w) {
            double[][] a = new double[mz][mz];
            double[] b = new double[mz];
            for (int r = 0; r < mz; r++) {
                double[] pr = phi[r];
                double br = 0.0;
                for (int k = 0; k < n; k++) {
                    br += pr[k] * w[k] * (y[k] - base[k]);
                }
                b[r] = br;
                for (int s = 0; s <= r; s++) {
                    double[] ps = phi[s];
                    double v = 0.0;
                    for (int k = 0; k < n; k++) {
                        v += pr[k] * w[k] * ps[k];
                    }
                    a[r][s] = v;
                    a[s][r] = v;
                }
            }
            return solveSymmetric(a, b);
        }

        /** The full Fisher matrix F = [D_theta, Phi N]^T W [D_theta, Phi N] and the theta-gradient. */
        private double[][] fisher(Point pt, double[] gradTheta) {
            int size = q + mz;
            double[][] cols = new double[size][];
            for (int i = 0; i < q; i++) {
                double[] d = new double[n];
                int[] pat = pattern[i];
                for (int s = 0; s < pat.length; s++) {
                    double cj = pt.c[pat[s]];
                    if (cj != 0.0) {
                        double[] dv = pt.deriv[i][s];
                        for (int k = 0; k < n; k++) {
                            d[k] += cj * dv[k];
                        }
                    }
                }
                cols[i] = d;
            }
            double[][] phi = reducedBasis(pt);
            for (int a = 0; a < mz; a++) {
                cols[q + a] = phi[a];
            }
            double[] w = new double[n];
            double[] wr = new double[n];
            for (int k = 0; k < n; k++) {
                w[k] = weight(k, pt.f);
                wr[k] = w[k] * (pt.f[k] - y[k]);
            }
            double[][] f = new double[size][size];
            if (gradTheta != null) {
                for (int r = 0; r < q; r++) {
                    double[] cr = cols[r];
                    double g = 0.0;
                    for (int k = 0; k < n; k++) {
                        g += cr[k] * wr[k];
                    }
                    gradTheta[r] = g;
                }
            }
            symmetricGram(cols, w, f);
            return f;
        }

        /** Schur complement S = F_tt - F_tz F_zz^-1 F_zt (the reduced information on theta). */
        private double[][] schur(double[][] f, double[][] dzDtheta) {
            double[][] s = new double[q][q];
            if (mz == 0) {
                for (int i = 0; i < q; i++) {
                    System.arraycopy(f[i], 0, s[i], 0, q);
                }
                return s;
            }
            double[][] fzz = new double[mz][mz];
            for (int a = 0; a < mz; a++) {
                for (int b = 0; b < mz; b++) {
                    fzz[a][b] = f[q + a][q + b];
                }
            }
            double[][] inv = invertSymmetric(fzz);
            for (int a = 0; a < mz; a++) {
                for (int i = 0; i < q; i++) {
                    double v = 0.0;
                    for (int b = 0; b < mz; b++) {
                        v -= inv[a][b] * f[q + b][i];
                    }
                    dzDtheta[a][i] = v;
                }
            }
            for (int i = 0; i < q; i++) {
                for (int j = 0; j <= i; j++) {
                    double v = f[i][j];
                    for (int a = 0; a < mz; a++) {
                        double fia = f[i][q + a];
                        if (fia == 0.0) {
                            continue;
                        }
                        for (int b = 0; b < mz; b++) {
                            v -= fia * inv[a][b] * f[q + b][j];
                        }
                    }
                    s[i][j] = v;
                    s[j][i] = v;
                }
            }
            return s;
        }

        Result run(double[] thetaStart, double[] linearStart) {
            double[] lower = p.lower() == null ? filled(q, Double.NEGATIVE_INFINITY) : p.lower();
            double[] upper = p.upper() == null ? filled(q, Double.POSITIVE_INFINITY) : p.upper();
            double[] theta = clamp(thetaStart, lower, upper);
            Point cur = new Point(theta);
            solveLinear(cur, linearStart == null ? null : toZ(linearStart), null);
            if (!Double.isFinite(cur.objective)) {
                throw new IllegalArgumentException("no positive model at the start: the Poisson likelihood needs "
                        + "f > 0 in every bin with counts");
            }
            double lambda = 1e-3;
            boolean converged = q == 0;
            int iterations = 0;
            double[] grad = new double[q];
            while (!converged && iterations < p.options().maxIterations()) {
                iterations++;
                double[][] f = fisher(cur, grad);
                double[][] dzDtheta = new double[mz][q];
                double[][] s = schur(f, dzDtheta);
                boolean[] active = new boolean[q];
                for (int i = 0; i < q; i++) {
                    active[i] = (cur.theta[i] <= lower[i] && grad[i] > 0)
                            || (cur.theta[i] >= upper[i] && grad[i] < 0);
                }
                double[] sdEstimate = diagonalOfInverse(s, active);
                // the Newton decrement g^T S^-1 g (free directions) is what the quadratic model still promises:
                // below the tolerance there is nothing left to gain
                double[] undamped = lmStep(s, grad, 0.0, active);
                if (undamped != null && p.options().polish()) {
                    double decrement = 0.0;
                    for (int i = 0; i < q; i++) {
                        decrement -= grad[i] * undamped[i];
                    }
                    if (decrement >= 0 && decrement < p.options().objectiveTolerance()) {
                        // one last undamped step polishes the answer to the quadratic model's precision
                        double[] next = new double[q];
                        for (int i = 0; i < q; i++) {
                            next[i] = cur.theta[i] + undamped[i];
                        }
                        Point last = new Point(clamp(next, lower, upper));
                        solveLinear(last, cur.z, cur.z);
                        if (last.objective <= cur.objective) {
                            cur = last;
                        }
                        converged = true;
                        break;
                    }
                }
                boolean improved = false;
                double[] step = null;
                Point trial = null;
                while (lambda < 1e12) {
                    step = lmStep(s, grad, lambda, active);
                    if (step == null) {
                        lambda *= 10;
                        continue;
                    }
                    double[] next = new double[q];
                    for (int i = 0; i < q; i++) {
                        next[i] = cur.theta[i] + step[i];
                    }
                    next = clamp(next, lower, upper);
                    trial = new Point(next);
                    // warm start: the linear optimum moves by dz = -Fzz^-1 Fz_theta dtheta to first order
                    double[] zPredicted = cur.z.clone();
                    for (int a = 0; a < mz; a++) {
                        for (int i = 0; i < q; i++) {
                            zPredicted[a] += dzDtheta[a][i] * (trial.theta[i] - cur.theta[i]);
                        }
                    }
                    solveLinear(trial, zPredicted, cur.z);
                    if (trial.objective < cur.objective) {
                        improved = true;
                        break;
                    }
                    lambda *= 4;
                }
                if (!improved) {
                    // no step lowers the objective: we are at a (bounded) minimum to working precision
                    converged = true;
                    break;
                }
                double decrease = cur.objective - trial.objective;
                boolean smallStep = true;
                for (int i = 0; i < q; i++) {
                    double actual = trial.theta[i] - cur.theta[i];
                    double scale = sdEstimate[i] > 0 && Double.isFinite(sdEstimate[i]) ? sdEstimate[i]
                            : Math.max(1e-12, Math.abs(cur.theta[i]) * 1e-8);
                    if (Math.abs(actual) > p.options().stepTolerance() * scale) {
                        smallStep = false;
                    }
                }
                cur = trial;
                lambda = Math.max(lambda / 5.0, 1e-9);
                // a tiny decrease only means convergence when the step was (nearly) undamped Gauss-Newton
                if (smallStep || (decrease < p.options().objectiveTolerance()
                        && (lambda <= 1e-3 || !p.options().polish()))) {
                    converged = true;
                }
            }
            return finish(cur, converged, iterations, lower, upper);
        }

        private Result finish(Point pt, boolean converged, int iterations, double[] lower, double[] upper) {
            double[][] f = fisher(pt, null);
            int size = q + mz;
            boolean[] singularOut = new boolean[1];
            double[][] inv = size == 0 ? new double[0][0] : inverse(f, singularOut);
            boolean singular = singularOut[0];
            // natural coordinates: theta, c = c0 + N z
            int total = q + m;
            double[][] t = new double[total][size];
            for (int i = 0; i < q; i++) {
                t[i][i] = 1.0;
            }
            for (int j = 0; j < m; j++) {
                for (int a = 0; a < mz; a++) {
                    t[q + j][q + a] = nullBasis[j][a];
                }
            }
            double[][] cov = new double[total][total];
            for (int r = 0; r < total; r++) {
                for (int s = 0; s < total; s++) {
                    double v = 0.0;
                    for (int a = 0; a < size; a++) {
                        if (t[r][a] == 0.0) {
                            continue;
                        }
                        for (int b = 0; b < size; b++) {
                            v += t[r][a] * inv[a][b] * t[s][b];
                        }
                    }
                    cov[r][s] = v;
                }
            }
            double chi2 = 0.0;
            for (int k = 0; k < n; k++) {
                double r = y[k] - pt.f[k];
                chi2 += weight(k, pt.f) * r * r;
            }
            boolean[] atBound = new boolean[q];
            for (int i = 0; i < q; i++) {
                atBound[i] = pt.theta[i] <= lower[i] || pt.theta[i] >= upper[i];
            }
            return new Result(pt.theta.clone(), pt.c.clone(), cov, pt.objective, chi2, size, pt.f.clone(), converged,
                    iterations, atBound, singular);
        }

        private double[] toZ(double[] c) {
            // least-squares projection of c - c0 onto the null basis (orthonormal columns)
            double[] z = new double[mz];
            for (int a = 0; a < mz; a++) {
                double v = 0.0;
                for (int j = 0; j < m; j++) {
                    v += nullBasis[j][a] * (c[j] - c0[j]);
                }
                z[a] = v;
            }
            return z;
        }

        private double[] lmStep(double[][] s, double[] grad, double lambda, boolean[] active) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < q; i++) {
                if (!active[i]) {
                    idx.add(i);
                }
            }
            int k = idx.size();
            double[] step = new double[q];
            if (k == 0) {
                return step;
            }
            double[][] a = new double[k][k];
            double[] b = new double[k];
            for (int r = 0; r < k; r++) {
                int ir = idx.get(r);
                b[r] = -grad[ir];
                for (int c = 0; c < k; c++) {
                    a[r][c] = s[ir][idx.get(c)];
                }
                double d = s[ir][ir];
                a[r][r] = d + lambda * (d > 0 ? d : 1.0);
            }
            double[] x = solveSymmetric(a, b);
            if (x == null) {
                return null;
            }
            for (int r = 0; r < k; r++) {
                step[idx.get(r)] = x[r];
            }
            return step;
        }

        private double[] diagonalOfInverse(double[][] s, boolean[] active) {
            double[] d = new double[q];
            double[][] inv = q == 0 ? new double[0][0] : invertSymmetric(s);
            for (int i = 0; i < q; i++) {
                d[i] = inv == null || active[i] ? 0.0 : Math.sqrt(Math.max(0.0, inv[i][i]));
            }
            return d;
        }
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    private static double[] clamp(double[] x, double[] lo, double[] hi) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(hi[i], Math.max(lo[i], out[i]));
        }
        return out;
    }

    /**
     * Solves a symmetric positive semi-definite system: Cholesky on the system scaled to unit diagonal (so that
     * the positivity test is relative), or SVD (a least-norm solution) when that fails. Null if nothing works.
     */
    static double[] solveSymmetric(double[][] a, double[] b) {
        double[] x = solvePositive(a, b);
        if (x != null || b.length == 0) {
            return x;
        }
        double[] scale = scales(a);
        double[] d = scale != null ? scale : filledOnes(b.length);
        try {
            double[] sol = new SingularValueDecomposition(scaled(a, d)).getSolver()
                    .solve(new ArrayRealVector(scaledVector(b, d), false)).toArray();
            for (int i = 0; i < sol.length; i++) {
                sol[i] *= d[i];
            }
            return sol;
        } catch (MathRuntimeException e) {
            return null;
        }
    }

    /** Solves a positive-definite system by Cholesky on the unit-diagonal scaled system; null if not PD. */
    static double[] solvePositive(double[][] a, double[] b) {
        if (b.length == 0) {
            return new double[0];
        }
        double[] d = scales(a);
        if (d == null) {
            return null;
        }
        try {
            double[] sol = new CholeskyDecomposition(scaled(a, d), 1e-12, 1e-13).getSolver()
                    .solve(new ArrayRealVector(scaledVector(b, d), false)).toArray();
            for (int i = 0; i < sol.length; i++) {
                sol[i] *= d[i];
            }
            return sol;
        } catch (MathRuntimeException e) {
            return null;
        }
    }

    /** The inverse of a symmetric positive semi-definite matrix (pseudo-inverse when singular). */
    static double[][] invertSymmetric(double[][] a) {
        return inverse(a, new boolean[1]);
    }

    /** As {@link #invertSymmetric}; {@code singular[0]} tells whether the pseudo-inverse was needed. */
    static double[][] inverse(double[][] a, boolean[] singular) {
        int n = a.length;
        if (n == 0) {
            return new double[0][0];
        }
        double[] d = scales(a);
        double[] dd = d != null ? d : filledOnes(n);
        RealMatrix m = scaled(a, dd);
        double[][] inv;
        try {
            inv = new CholeskyDecomposition(m, 1e-12, 1e-13).getSolver().getInverse().getData();
            singular[0] = d == null;
        } catch (MathRuntimeException e) {
            inv = new SingularValueDecomposition(m).getSolver().getInverse().getData();
            singular[0] = true;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                inv[i][j] *= dd[i] * dd[j];
            }
        }
        return inv;
    }

    /** 1/sqrt(a_ii), or 1 for a zero diagonal; null if a diagonal entry is negative or not finite. */
    private static double[] scales(double[][] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double v = a[i][i];
            if (!(v >= 0) || !Double.isFinite(v)) {
                return null;
            }
            d[i] = v > 0 ? 1.0 / Math.sqrt(v) : 1.0;
        }
        return d;
    }

    private static double[] filledOnes(int n) {
        double[] d = new double[n];
        Arrays.fill(d, 1.0);
        return d;
    }

    private static RealMatrix scaled(double[][] a, double[] d) {
        int n = a.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = a[i][j] * d[i] * d[j];
            }
        }
        return new Array2DRowRealMatrix(s, false);
    }

    private static double[] scaledVector(double[] b, double[] d) {
        double[] s = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            s[i] = b[i] * d[i];
        }
        return s;
    }

}
