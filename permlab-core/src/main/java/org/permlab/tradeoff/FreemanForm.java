package org.permlab.tradeoff;

import org.permlab.error.InvalidInputException;

/**
 * Freeman's form alpha = beta / P_fast^lambda with P_fast in Barrer (B. D. Freeman, Macromolecules 32 (1999) 375),
 * which Robeson's 2008 table also lists. It is Robeson's line with n = -1/lambda and k = beta^(1/lambda) Barrer.
 *
 * @param beta   the front factor beta, Barrer^lambda
 * @param lambda the exponent lambda, positive
 */
public record FreemanForm(double beta, double lambda) implements BoundForm {

    public FreemanForm {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw InvalidInputException.of("beta", "must be positive, got " + beta);
        }
        if (!(lambda > 0) || !Double.isFinite(lambda)) {
            throw InvalidInputException.of("lambda", "must be positive, got " + lambda);
        }
    }

    @Override
    public double kBarrer() {
        return Math.pow(beta, 1.0 / lambda);
    }

    @Override
    public double n() {
        return -1.0 / lambda;
    }

    @Override
    public String asPublished() {
        return "beta = " + RobesonForm.plain(beta) + ", lambda = " + RobesonForm.plain(lambda) + " (Freeman form)";
    }
}
