package org.permlab.numerics;

import java.util.Arrays;

/**
 * A square banded matrix with {@code kl} sub-diagonals and {@code ku} super-diagonals, stored as LAPACK stores a
 * band for factorisation (column-major, with {@code kl} extra super-diagonals for the fill-in that row interchanges
 * produce), and its LU factorisation with partial pivoting.
 *
 * <p>Fill the matrix with {@link #set} / {@link #add}, call {@link #factor()} once, then {@link #solve} any number
 * of right-hand sides. {@link #clear()} makes it reusable for the next Newton iteration without allocation.
 * Not thread-safe; one instance per solve.
 */
public final class BandedMatrix {

    private final int n;
    private final int kl;
    private final int ku;
    private final int ld;
    private final double[] ab;
    private final int[] pivot;
    private boolean factored;

    /**
     * @param n  the order
     * @param kl number of sub-diagonals (non-zeros below the diagonal)
     * @param ku number of super-diagonals
     */
    public BandedMatrix(int n, int kl, int ku) {
        if (n < 1 || kl < 0 || ku < 0) {
            throw new IllegalArgumentException("banded matrix needs n >= 1, kl >= 0, ku >= 0; got " + n + ", " + kl
                    + ", " + ku);
        }
        this.n = n;
        this.kl = kl;
        this.ku = ku;
        this.ld = 2 * kl + ku + 1;
        this.ab = new double[ld * n];
        this.pivot = new int[n];
    }

    public int order() {
        return n;
    }

    public int lowerBandwidth() {
        return kl;
    }

    public int upperBandwidth() {
        return ku;
    }

    private int index(int i, int j) {
        return j * ld + kl + ku + i - j;
    }

    private void checkInBand(int i, int j) {
        if (i < 0 || j < 0 || i >= n || j >= n || j - i > ku || i - j > kl) {
            throw new IndexOutOfBoundsException("(" + i + ", " + j + ") is outside the band of a " + n + "x" + n
                    + " matrix with kl=" + kl + ", ku=" + ku);
        }
    }

    /** Sets element (i, j), which must lie in the band. */
    public void set(int i, int j, double value) {
        checkInBand(i, j);
        ab[index(i, j)] = value;
        factored = false;
    }

    /** Adds to element (i, j), which must lie in the band. */
    public void add(int i, int j, double value) {
        checkInBand(i, j);
        ab[index(i, j)] += value;
        factored = false;
    }

    /** Element (i, j) of the matrix as filled (before {@link #factor()}); zero outside the band. */
    public double get(int i, int j) {
        if (i < 0 || j < 0 || i >= n || j >= n || j - i > ku || i - j > kl) {
            return 0.0;
        }
        return ab[index(i, j)];
    }

    /** Zeroes every element, ready to be filled again. */
    public void clear() {
        Arrays.fill(ab, 0.0);
        factored = false;
    }

    /**
     * Factors the matrix in place, P A = L U with partial pivoting (LAPACK {@code dgbtf2}).
     *
     * @return false when a pivot is exactly zero (the matrix is singular); the factors are then unusable
     */
    public boolean factor() {
        for (int k = 0; k < n; k++) {
            int lastRow = Math.min(n - 1, k + kl);
            int p = k;
            double max = Math.abs(ab[index(k, k)]);
            for (int i = k + 1; i <= lastRow; i++) {
                double v = Math.abs(ab[index(i, k)]);
                if (v > max) {
                    max = v;
                    p = i;
                }
            }
            pivot[k] = p;
            if (max == 0.0 || !Double.isFinite(max)) {
                factored = false;
                return false;
            }
            int lastCol = Math.min(n - 1, k + ku + kl);
            if (p != k) {
                for (int j = k; j <= lastCol; j++) {
                    int a = index(k, j);
                    int b = index(p, j);
                    double t = ab[a];
                    ab[a] = ab[b];
                    ab[b] = t;
                }
            }
            double diag = ab[index(k, k)];
            for (int i = k + 1; i <= lastRow; i++) {
                int ik = index(i, k);
                double factor = ab[ik] / diag;
                ab[ik] = factor;
                if (factor != 0.0) {
                    for (int j = k + 1; j <= lastCol; j++) {
                        ab[index(i, j)] -= factor * ab[index(k, j)];
                    }
                }
            }
        }
        factored = true;
        return true;
    }

    /** Solves A x = b in place ({@code b} becomes x); {@link #factor()} must have succeeded. */
    public void solve(double[] b) {
        if (!factored) {
            throw new IllegalStateException("factor() the matrix (successfully) before solving");
        }
        if (b.length != n) {
            throw new IllegalArgumentException("right-hand side has " + b.length + " elements, expected " + n);
        }
        for (int k = 0; k < n; k++) {
            int p = pivot[k];
            if (p != k) {
                double t = b[k];
                b[k] = b[p];
                b[p] = t;
            }
            double bk = b[k];
            if (bk != 0.0) {
                int lastRow = Math.min(n - 1, k + kl);
                for (int i = k + 1; i <= lastRow; i++) {
                    b[i] -= ab[index(i, k)] * bk;
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            int lastCol = Math.min(n - 1, k + ku + kl);
            double s = b[k];
            for (int j = k + 1; j <= lastCol; j++) {
                s -= ab[index(k, j)] * b[j];
            }
            b[k] = s / ab[index(k, k)];
        }
    }
}
