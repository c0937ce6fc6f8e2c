package org.permlab.permeation;

import java.util.List;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.QRDecomposition;
import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Constants;
import org.permlab.quantity.Measured;

/**
 * Activation energy of permeation from a temperature series: a weighted linear least-squares fit of ln P against
 * 1/T (CONVENTIONS §3), solved with Hipparchus' QR decomposition (the model is linear, so no iteration).
 *
 * <p>Weights are 1 / u(ln P)^2 = (P / u(P))^2. The standard error of Ea is the a-priori one, from (J^T W J)^-1,
 * multiplied by the Birge ratio sqrt(chi2 / dof) when that exceeds 1, so the SE is never smaller than the scatter
 * of the points shows. When a point has no uncertainty, all points are weighted equally and the SE comes from the
 * residuals alone.
 */
public final class Arrhenius {

    private Arrhenius() {
    }

    /** Fits Ea and the permeance at the reference temperature. */
    public static ArrheniusFit fit(String gas, List<Double> temperaturesK, List<Measured> permeancesSi) {
        int n = temperaturesK.size();
        if (n != permeancesSi.size()) {
            throw new IllegalArgumentException("temperatures and permeances differ in number");
        }
        if (n < 2) {
            throw InvalidInputException.of(gas, "an Arrhenius fit needs at least two temperatures, got " + n);
        }
        double[] invT = new double[n];
        double[] lnP = new double[n];
        double[] w = new double[n];
        boolean weighted = true;
        double meanInvT = 0;
        for (int k = 0; k < n; k++) {
            double t = temperaturesK.get(k);
            Measured p = permeancesSi.get(k);
            if (!(t > 0) || !(p.value() > 0)) {
                throw InvalidInputException.of(gas, "an Arrhenius fit needs positive temperatures and permeances, "
                        + "got " + p.value() + " at " + t + " K");
            }
            invT[k] = 1.0 / t;
            meanInvT += invT[k] / n;
            lnP[k] = Math.log(p.value());
            weighted &= p.sd() > 0;
            w[k] = p.sd() > 0 ? Math.pow(p.value() / p.sd(), 2) : 1.0;
        }
        if (!weighted) {
            java.util.Arrays.fill(w, 1.0);
        }
        double min = java.util.Arrays.stream(invT).min().orElseThrow();
        double max = java.util.Arrays.stream(invT).max().orElseThrow();
        if (max - min < 1e-9 * max) {
            throw InvalidInputException.of(gas, "an Arrhenius fit needs at least two different temperatures");
        }
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = invT[k] - meanInvT;
        }
        // weighted least squares: rows sqrt(w_k) [1, x_k], solved by Householder QR (Hipparchus)
        RealMatrix design = new Array2DRowRealMatrix(n, 2);
        RealVector rhs = new ArrayRealVector(n);
        for (int k = 0; k < n; k++) {
            double sw = Math.sqrt(w[k]);
            design.setEntry(k, 0, sw);
            design.setEntry(k, 1, sw * x[k]);
            rhs.setEntry(k, sw * lnP[k]);
        }
        RealVector solution = new QRDecomposition(design).getSolver().solve(rhs);
        double a = solution.getEntry(0);
        double b = solution.getEntry(1);
        RealMatrix cov = MatrixUtils.inverse(design.transposeMultiply(design));
        double chi2 = 0;
        for (int k = 0; k < n; k++) {
            double res = lnP[k] - a - b * x[k];
            chi2 += w[k] * res * res;
        }
        int dof = n - 2;
        double scale;
        String weighting;
        if (weighted) {
            double birge = dof > 0 ? Math.sqrt(chi2 / dof) : 1.0;
            scale = Math.max(1.0, birge);
            weighting = "weights 1/u(ln P)^2; SE from (J^T W J)^-1 times max(1, Birge ratio sqrt(chi2/dof))";
        } else {
            scale = dof > 0 ? Math.sqrt(chi2 / dof) : Double.NaN;
            weighting = "equal weights (a point had no uncertainty); SE from the residuals";
        }
        double seB = Math.sqrt(cov.getEntry(1, 1)) * scale;
        double seA = Math.sqrt(cov.getEntry(0, 0)) * scale;
        double r = Constants.GAS_CONSTANT;
        Measured ea = new Measured(-b * r, Double.isFinite(seB) ? seB * r : 0.0);
        double pRef = Math.exp(a);
        Measured atRef = new Measured(pRef, Double.isFinite(seA) ? pRef * seA : 0.0);
        return new ArrheniusFit(gas, temperaturesK, permeancesSi, ea, 1.0 / meanInvT, atRef, chi2, dof, weighting);
    }
}
