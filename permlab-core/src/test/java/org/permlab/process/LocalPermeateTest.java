package org.permlab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The local permeate against the binary closed form, and its continuation to a slightly negative mole fraction (a
 * species the plug-flow discretisation strips to a trace at a closed permeate end): smooth across zero, with
 * derivatives that match finite differences.
 */
class LocalPermeateTest {

    private static final double GPU = SeedCase.GPU;

    @ParameterizedTest(name = "alpha {0}, x {1}, p_h/p_l {2}")
    @CsvSource({"13.9, 0.01, 50", "2.0, 0.5, 3", "100, 0.001, 1.5", "1.2, 0.9, 100", "1000, 0.3, 20"})
    void binaryIsTheQuadraticRoot(double alpha, double x, double ratio) {
        double[] q = {51 * GPU, 51 * GPU / alpha};
        double pl = 1e5;
        double ph = ratio * pl;
        double[] y = new double[2];
        double s = LocalPermeate.solve(q, new double[] {x, 1 - x}, ph, pl, y);
        double expected = SeedCase.binaryLocalPermeate(x, alpha, 1 / ratio);
        assertThat(y[0]).isCloseTo(expected, within(1e-13));
        assertThat(y[0] + y[1]).isCloseTo(1, within(1e-15));
        // the total flux is the fast gas's flux over its fraction
        assertThat(s).isCloseTo(q[0] * (ph * x - pl * y[0]) / y[0], within(1e-12 * s));
    }

    @ParameterizedTest(name = "x_He = {0}")
    @ValueSource(doubles = {-1e-9, -1e-6, 0.0})
    void aTraceBelowZeroIsContinuedSmoothly(double xHe) {
        double[] q = {5100 * GPU, 51 / 17.4 * GPU, 51 / 13.9 * GPU};
        double ph = 50e5;
        double pl = 1e5;
        double[] x = {xHe, 0.05, 0.95 - xHe};
        double[] y = new double[3];
        double s = LocalPermeate.solve(q, x, ph, pl, y);
        assertThat(s).isPositive();
        assertThat(y[0] + y[1] + y[2]).isCloseTo(1, within(1e-14));
        for (int i = 0; i < 3; i++) {
            // the flux law holds with the continued fractions: J_i = s y_i = Q_i (p_h x_i - p_l y_i)
            assertThat(s * y[i]).isCloseTo(q[i] * (ph * x[i] - pl * y[i]), within(1e-12 * s));
        }
        assertThat(Math.signum(y[0])).isEqualTo(Math.signum(xHe));
        // continuity across zero: the mirror image +|x_He| gives y_He of opposite sign and nearly equal size
        double[] mirror = {-xHe, 0.05, 0.95 + xHe};
        double[] ym = new double[3];
        LocalPermeate.solve(q, mirror, ph, pl, ym);
        assertThat(y[0] + ym[0]).isCloseTo(0, within(1e-3 * Math.abs(ym[0]) + 1e-300));
    }

    @ParameterizedTest(name = "x_He = {0}")
    @ValueSource(doubles = {-1e-7, 0.0, 1e-7, 0.02})
    void derivativesMatchCentralDifferences(double xHe) {
        double[] q = {5100 * GPU, 51 / 17.4 * GPU, 51 / 13.9 * GPU};
        double ph = 50e5;
        double pl = 1.3e5;
        double[] x = {xHe, 0.3, 0.7 - xHe};
        int n = 3;
        double[] flux = new double[n];
        double[] y = new double[n];
        double[][] dJdx = new double[n][n];
        double[] dJdph = new double[n];
        double[] dJdpl = new double[n];
        LocalPermeate.fluxAndDerivatives(q, x, ph, pl, flux, y, dJdx, dJdph, dJdpl);
        double scale = 0;
        for (double f : flux) {
            scale = Math.max(scale, Math.abs(f));
        }
        for (int j = 0; j < n; j++) {
            double h = 1e-7;
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += h;
            xm[j] -= h;
            double[] fp = fluxes(q, xp, ph, pl);
            double[] fm = fluxes(q, xm, ph, pl);
            for (int i = 0; i < n; i++) {
                assertThat(dJdx[i][j]).as("dJ%d/dx%d", i, j).isCloseTo((fp[i] - fm[i]) / (2 * h),
                        within(1e-6 * scale));
            }
        }
        double hp = 1e-6 * ph;
        double[] fp = fluxes(q, x, ph + hp, pl);
        double[] fm = fluxes(q, x, ph - hp, pl);
        double hl = 1e-6 * pl;
        double[] gp = fluxes(q, x, ph, pl + hl);
        double[] gm = fluxes(q, x, ph, pl - hl);
        for (int i = 0; i < n; i++) {
            assertThat(dJdph[i] * ph).isCloseTo((fp[i] - fm[i]) / (2 * hp) * ph, within(1e-6 * scale));
            assertThat(dJdpl[i] * pl).isCloseTo((gp[i] - gm[i]) / (2 * hl) * pl, within(1e-6 * scale));
        }
    }

    private static double[] fluxes(double[] q, double[] x, double ph, double pl) {
        double[] y = new double[q.length];
        double s = LocalPermeate.solve(q, x, ph, pl, y);
        double[] j = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            j[i] = s * y[i];
        }
        return j;
    }
}
