package org.permlab.quantity;

import java.util.function.Function;

import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.permlab.error.InvalidInputException;

/**
 * First-order uncertainty propagation through any function, with correlated inputs (GUM, JCGM 100:2008, §5.2,
 * eq. 13: u^2(y) = g^T C g with g the gradient of f).
 *
 * <p>The gradient is exact: the function is evaluated once on Hipparchus {@link Gradient}s (forward-mode
 * automatic differentiation), so no step size is chosen.
 */
public final class Propagation {

    private Propagation() {
    }

    /**
     * Propagates a covariance matrix through {@code f}.
     *
     * @param f          the function, written on {@link Gradient} arithmetic
     * @param x          the input values
     * @param covariance their covariance matrix (n x n, symmetric, positive semi-definite)
     * @return f(x) with its standard uncertainty
     */
    public static Measured propagate(Function<Gradient[], Gradient> f, double[] x, RealMatrix covariance) {
        int n = x.length;
        if (covariance.getRowDimension() != n || covariance.getColumnDimension() != n) {
            throw InvalidInputException.of("covariance", "expected a " + n + " x " + n + " matrix, got "
                    + covariance.getRowDimension() + " x " + covariance.getColumnDimension());
        }
        Gradient y = f.apply(variables(x));
        RealVector g = MatrixUtils.createRealVector(y.getGradient());
        double variance = g.dotProduct(covariance.operate(g));
        return new Measured(y.getValue(), Math.sqrt(Math.max(variance, 0.0)));
    }

    /** Propagates independent inputs (a diagonal covariance). */
    public static Measured propagate(Function<Gradient[], Gradient> f, Measured... inputs) {
        double[] x = new double[inputs.length];
        double[] variances = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            x[i] = inputs[i].value();
            variances[i] = inputs[i].sd() * inputs[i].sd();
        }
        return propagate(f, x, MatrixUtils.createRealDiagonalMatrix(variances));
    }

    /** The exact gradient of {@code f} at {@code x}. */
    public static double[] gradient(Function<Gradient[], Gradient> f, double[] x) {
        return f.apply(variables(x)).getGradient();
    }

    private static Gradient[] variables(double[] x) {
        Gradient[] vars = new Gradient[x.length];
        for (int i = 0; i < x.length; i++) {
            vars[i] = Gradient.variable(x.length, i, x[i]);
        }
        return vars;
    }
}
