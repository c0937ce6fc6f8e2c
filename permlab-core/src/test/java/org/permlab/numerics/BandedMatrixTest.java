package org.permlab.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;

import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** The banded LU against Hipparchus' dense LU on the same matrices. */
class BandedMatrixTest {

    /** Random band matrices, including ones that need row interchanges (small diagonals): same solution. */
    @Test
    void solvesLikeTheDenseLu() {
        int[] runs = {0};
        int[] compared = {0};
        // QuickTheories counts a repeated draw (skipped) as an example: 10 spare, and the examples run are counted
        qt().withFixedSeed(20261204L).withExamples(210)
                .forAll(integers().between(1, 40), integers().between(0, 6), integers().between(0, 6), longs().all())
                .checkAssert((n, kl, ku, seed) -> {
                    runs[0]++;
                    if (agreesWithTheDenseLu(n, kl, ku, seed)) {
                        compared[0]++;
                    }
                });
        assertThat(runs[0]).as("examples run").isGreaterThanOrEqualTo(200);
        // a singular draw (dense LU) or a failed banded factorisation is skipped, as before; nearly all are compared
        assertThat(compared[0]).as("examples compared").isGreaterThanOrEqualTo(190);
    }

    /** One random band matrix; false when it is skipped (singular), true when both solutions were compared. */
    private static boolean agreesWithTheDenseLu(int n, int kl, int ku, long seed) {
        Random rnd = new Random(seed);
        BandedMatrix band = new BandedMatrix(n, kl, ku);
        RealMatrix dense = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - kl); j <= Math.min(n - 1, i + ku); j++) {
                double v = rnd.nextGaussian() * (i == j ? 0.1 : 1.0);
                band.set(i, j, v);
                dense.setEntry(i, j, v);
            }
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rnd.nextGaussian();
        }
        LUDecomposition lu = new LUDecomposition(dense, 1e-300);
        if (!lu.getSolver().isNonSingular()) {
            return false;
        }
        double[] expected = lu.getSolver().solve(MatrixUtils.createRealVector(b)).toArray();
        double cond = lu.getSolver().getInverse().getNorm1() * dense.getNorm1();
        if (!band.factor()) {
            return false;
        }
        double[] x = b.clone();
        band.solve(x);
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        // both are backward stable: agreement to a few ulps times the condition number
        for (int i = 0; i < n; i++) {
            assertThat(x[i]).isCloseTo(expected[i], within(1e-13 * cond * Math.max(scale, 1)));
        }
        return true;
    }

    @Test
    void aSingularMatrixIsReported() {
        BandedMatrix m = new BandedMatrix(3, 1, 1);
        m.set(0, 0, 1);
        m.set(0, 1, 2);
        m.set(1, 0, 2);
        m.set(1, 1, 4);
        m.set(2, 2, 1);
        assertThat(m.factor()).isFalse();
    }

    @Test
    void elementsOutsideTheBandAreRefused() {
        BandedMatrix m = new BandedMatrix(5, 1, 2);
        m.set(0, 2, 1);
        m.set(1, 0, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.set(0, 3, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.set(2, 0, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(m.get(4, 0)).isZero();
    }
}
