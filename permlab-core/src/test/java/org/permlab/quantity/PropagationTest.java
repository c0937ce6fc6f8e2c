package org.permlab.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** First-order propagation (GUM, JCGM 100:2008, eq. 10 and 13) against closed forms and a Monte Carlo check. */
class PropagationTest {

    @Test
    void productAndQuotientAddRelativeUncertaintiesInQuadrature() {
        Measured a = Measured.of(10, 0.3);
        Measured b = Measured.of(4, 0.2);
        double rel = Math.hypot(0.03, 0.05);
        assertThat(a.times(b).relativeSd()).isCloseTo(rel, within(1e-15));
        assertThat(a.dividedBy(b).relativeSd()).isCloseTo(rel, within(1e-15));
        assertThat(a.plus(b).sd()).isCloseTo(Math.hypot(0.3, 0.2), within(1e-15));
        assertThat(a.pow(3).relativeSd()).isCloseTo(3 * 0.03, within(1e-15));
    }

    @Test
    void gradientIsExact() {
        double[] g = Propagation.gradient(x -> x[0].multiply(x[1].exp()), new double[] {2.0, 0.5});
        assertThat(g[0]).isCloseTo(Math.exp(0.5), within(1e-15));
        assertThat(g[1]).isCloseTo(2.0 * Math.exp(0.5), within(1e-15));
    }

    @Test
    void correlatedDifferenceUsesTheCovariance() {
        // Var(x - y) = sx^2 + sy^2 - 2 cov(x, y), exact for a linear function
        RealMatrix cov = MatrixUtils.createRealMatrix(new double[][] {{4.0, 3.0}, {3.0, 9.0}});
        Measured d = Propagation.propagate(x -> x[0].subtract(x[1]), new double[] {5, 2}, cov);
        assertThat(d.value()).isEqualTo(3.0);
        assertThat(d.sd()).isCloseTo(Math.sqrt(4 + 9 - 2 * 3), within(1e-14));
    }

    @Test
    void independentPropagationMatchesTheRecordArithmetic() {
        Measured a = Measured.of(3, 0.1);
        Measured b = Measured.of(7, 0.4);
        Measured viaAd = Propagation.propagate(x -> x[0].divide(x[1]), a, b);
        assertThat(viaAd.sd()).isCloseTo(a.dividedBy(b).sd(), within(1e-15));
    }

    @Test
    void monteCarloAgreesForASmallNonlinearity() {
        // f = x y^2 with correlated Gaussian inputs, relative sds of 1 %: first order is good to ~1e-4 relative,
        // and 200 000 draws estimate an sd to 0.16 % (1/sqrt(2N)); 1 % tolerance is > 6 sampling sds
        double sx = 0.05, sy = 0.02, rho = 0.6;
        RealMatrix cov = MatrixUtils.createRealMatrix(new double[][] {
            {sx * sx, rho * sx * sy}, {rho * sx * sy, sy * sy}});
        Measured first = Propagation.propagate(x -> x[0].multiply(x[1].square()), new double[] {5, 2}, cov);
        SplittableRandom rnd = new SplittableRandom(42);
        int n = 200_000;
        double sum = 0, sum2 = 0;
        for (int i = 0; i < n; i++) {
            double z1 = gaussian(rnd), z2 = gaussian(rnd);
            double x = 5 + sx * z1;
            double y = 2 + sy * (rho * z1 + Math.sqrt(1 - rho * rho) * z2);
            double f = x * y * y;
            sum += f;
            sum2 += f * f;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sum2 / n - mean * mean);
        assertThat(first.sd()).isCloseTo(sd, within(0.01 * sd));
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble(), u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
