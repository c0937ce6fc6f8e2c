package org.permlab.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.permlab.numerics.SeparableFitter.Weighting;

/** The separable fitter on a model small enough to check by hand: y = A exp(-x / tau) + B. */
class SeparableFitterTest {

    private static final int N = 200;

    /** Phi = [exp(-x/tau), 1]; theta = [tau]. */
    static final class Decay implements SeparableFitter.Model {
        @Override
        public int bins() {
            return N;
        }

        @Override
        public int linearCount() {
            return 2;
        }

        @Override
        public int nonlinearCount() {
            return 1;
        }

        @Override
        public int[][] derivativePattern() {
            return new int[][] {{0}};
        }

        @Override
        public void evaluate(double[] theta, double[][] basis, double[][][] derivatives) {
            double tau = theta[0];
            for (int k = 0; k < N; k++) {
                double x = k * 0.1;
                double e = Math.exp(-x / tau);
                basis[0][k] = e;
                basis[1][k] = 1.0;
                if (derivatives != null) {
                    derivatives[0][0][k] = e * x / (tau * tau);
                }
            }
        }

        double value(double tau, double a, double b, int k) {
            return a * Math.exp(-k * 0.1 / tau) + b;
        }
    }

    private static SeparableFitter.Problem problem(double[] y, Weighting w) {
        return new SeparableFitter.Problem(y, null, w, null, null, new double[] {0.01}, new double[] {100},
                SeparableFitter.Options.defaults());
    }

    private static double[] poisson(Decay m, double tau, double a, double b, long seed) {
        RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
        double[] y = new double[N];
        for (int k = 0; k < N; k++) {
            y[k] = rng.nextPoisson(m.value(tau, a, b, k));
        }
        return y;
    }

    @Test
    void noiselessDataAreFittedExactly() {
        // the truth is the exact optimum when y = f(truth): deviance 0
        Decay m = new Decay();
        double[] y = new double[N];
        for (int k = 0; k < N; k++) {
            y[k] = m.value(3.0, 1000.0, 5.0, k);
        }
        SeparableFitter.Result r = SeparableFitter.fit(m, problem(y, Weighting.POISSON), new double[] {1.0}, null);
        assertThat(r.converged()).isTrue();
        assertThat(r.theta()[0]).isCloseTo(3.0, within(1e-7));
        assertThat(r.linear()[0]).isCloseTo(1000.0, within(1e-4));
        assertThat(r.linear()[1]).isCloseTo(5.0, within(1e-5));
        assertThat(r.objective()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void poissonSolutionSatisfiesTheScoreEquations() {
        // maximum likelihood: sum (y - f)/f df/dp = 0 for every parameter p (tau, A, B); f and df/dp from the
        // closed form, not from the fitter. Scale: each term is O(sqrt(counts)); 1e-6 of the sum of |terms|.
        Decay m = new Decay();
        double[] y = poisson(m, 3.0, 400.0, 2.0, 11);
        SeparableFitter.Result r = SeparableFitter.fit(m, problem(y, Weighting.POISSON), new double[] {1.0}, null);
        double tau = r.theta()[0];
        double a = r.linear()[0];
        double b = r.linear()[1];
        double[] score = new double[3];
        double[] scale = new double[3];
        for (int k = 0; k < N; k++) {
            double x = k * 0.1;
            double e = Math.exp(-x / tau);
            double f = a * e + b;
            double[] d = {a * e * x / (tau * tau), e, 1.0};
            for (int p = 0; p < 3; p++) {
                score[p] += (y[k] - f) / f * d[p];
                scale[p] += Math.abs((y[k] - f) / f * d[p]);
            }
        }
        for (int p = 0; p < 3; p++) {
            assertThat(score[p]).as("score %d", p).isCloseTo(0.0, within(1e-6 * scale[p]));
        }
        // the reported chi-square uses the model's variances (CONVENTIONS §4)
        double chi2 = 0.0;
        for (int k = 0; k < N; k++) {
            double f = m.value(tau, a, b, k);
            chi2 += (y[k] - f) * (y[k] - f) / f;
        }
        assertThat(r.chiSquare()).isCloseTo(chi2, within(1e-9 * chi2));
    }

    @Test
    void covarianceIsTheUnscaledInverseFisherInformation() {
        // F = J^T W J with W = 1/f and J by central differences of the closed form, inverted by LU: an independent
        // route to what the fitter reports from the variable-projection Schur complement. Agreement to 1e-5
        // (the finite-difference error).
        Decay m = new Decay();
        double[] y = poisson(m, 3.0, 400.0, 2.0, 12);
        SeparableFitter.Result r = SeparableFitter.fit(m, problem(y, Weighting.POISSON), new double[] {1.0}, null);
        double[] p = {r.theta()[0], r.linear()[0], r.linear()[1]};
        double[][] f = new double[3][3];
        for (int k = 0; k < N; k++) {
            double fk = m.value(p[0], p[1], p[2], k);
            double[] j = new double[3];
            for (int i = 0; i < 3; i++) {
                double h = 1e-6 * Math.max(1.0, Math.abs(p[i]));
                double[] up = p.clone();
                double[] dn = p.clone();
                up[i] += h;
                dn[i] -= h;
                j[i] = (m.value(up[0], up[1], up[2], k) - m.value(dn[0], dn[1], dn[2], k)) / (2 * h);
            }
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    f[a][b] += j[a] * j[b] / fk;
                }
            }
        }
        double[][] inv = new LUDecomposition(new Array2DRowRealMatrix(f)).getSolver().getInverse().getData();
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double tol = 1e-5 * Math.sqrt(inv[a][a] * inv[b][b]);
                assertThat(r.covariance()[a][b]).as("cov[%d][%d]", a, b).isCloseTo(inv[a][b], within(tol));
            }
        }
    }

    @Test
    void neymanIsTheClosedFormWeightedLeastSquaresForLinearParameters() {
        // with tau fixed (no free non-linear parameter) Neyman's fit is linear least squares with weights
        // 1/max(y, 1), solved here by the 2 x 2 normal equations
        Decay m = new Decay();
        double[] y = poisson(m, 3.0, 400.0, 2.0, 13);
        SeparableFitter.Model fixedTau = new SeparableFitter.Model() {
            @Override
            public int bins() {
                return N;
            }

            @Override
            public int linearCount() {
                return 2;
            }

            @Override
            public int nonlinearCount() {
                return 0;
            }

            @Override
            public int[][] derivativePattern() {
                return new int[0][];
            }

            @Override
            public void evaluate(double[] theta, double[][] basis, double[][][] d) {
                m.evaluate(new double[] {3.0}, basis, null);
            }
        };
        SeparableFitter.Result r = SeparableFitter.fit(fixedTau, new SeparableFitter.Problem(y, null,
                Weighting.NEYMAN, null, null, new double[0], new double[0], SeparableFitter.Options.defaults()),
                new double[0], null);
        double s00 = 0;
        double s01 = 0;
        double s11 = 0;
        double b0 = 0;
        double b1 = 0;
        for (int k = 0; k < N; k++) {
            double w = 1.0 / Math.max(y[k], 1.0);
            double e = Math.exp(-k * 0.1 / 3.0);
            s00 += w * e * e;
            s01 += w * e;
            s11 += w;
            b0 += w * e * y[k];
            b1 += w * y[k];
        }
        double det = s00 * s11 - s01 * s01;
        assertThat(r.linear()[0]).isCloseTo((b0 * s11 - b1 * s01) / det, within(1e-8));
        assertThat(r.linear()[1]).isCloseTo((s00 * b1 - s01 * b0) / det, within(1e-8));
    }

    @Test
    void linearConstraintsHoldExactly() {
        Decay m = new Decay();
        double[] y = poisson(m, 3.0, 400.0, 2.0, 14);
        // A = 150 B (homogeneous) ...
        SeparableFitter.Problem ratio = new SeparableFitter.Problem(y, null, Weighting.POISSON,
                new double[][] {{1.0, -150.0}}, new double[] {0.0}, new double[] {0.01}, new double[] {100},
                SeparableFitter.Options.defaults());
        SeparableFitter.Result r = SeparableFitter.fit(m, ratio, new double[] {1.0}, new double[] {300, 2});
        assertThat(r.linear()[0]).isCloseTo(150.0 * r.linear()[1], within(1e-9 * r.linear()[0]));
        // ... and B fixed at 2.5 (inhomogeneous): B has zero variance, one parameter fewer
        SeparableFitter.Problem fixedB = new SeparableFitter.Problem(y, null, Weighting.POISSON,
                new double[][] {{0.0, 1.0}}, new double[] {2.5}, new double[] {0.01}, new double[] {100},
                SeparableFitter.Options.defaults());
        SeparableFitter.Result rb = SeparableFitter.fit(m, fixedB, new double[] {1.0}, new double[] {300, 2.5});
        assertThat(rb.linear()[1]).isCloseTo(2.5, within(1e-12));
        assertThat(rb.covariance()[2][2]).isCloseTo(0.0, within(1e-20));
        assertThat(rb.freeParameters()).isEqualTo(2);
        // contradictory constraints are refused
        SeparableFitter.Problem contradiction = new SeparableFitter.Problem(y, null, Weighting.POISSON,
                new double[][] {{0.0, 1.0}, {0.0, 1.0}}, new double[] {2.5, 3.0}, new double[] {0.01},
                new double[] {100}, SeparableFitter.Options.defaults());
        assertThatThrownBy(() -> SeparableFitter.fit(m, contradiction, new double[] {1.0}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contradict");
    }

    @Test
    void boundsAreRespectedAndReported() {
        Decay m = new Decay();
        double[] y = poisson(m, 3.0, 400.0, 2.0, 15);
        SeparableFitter.Problem capped = new SeparableFitter.Problem(y, null, Weighting.POISSON, null, null,
                new double[] {0.01}, new double[] {2.0}, SeparableFitter.Options.defaults());
        SeparableFitter.Result r = SeparableFitter.fit(m, capped, new double[] {1.0}, null);
        assertThat(r.theta()[0]).isEqualTo(2.0);
        assertThat(r.atBound()[0]).isTrue();
    }
}
