package org.permlab.tradeoff;

import org.permlab.error.InvalidInputException;

/**
 * Robeson's form P_fast = k alpha^n (Robeson, J. Membr. Sci. 62 (1991) 165; 320 (2008) 390).
 *
 * @param kBarrer the front factor k, Barrer
 * @param n       the slope n, negative
 */
public record RobesonForm(double kBarrer, double n) implements BoundForm {

    public RobesonForm {
        if (!(kBarrer > 0) || !Double.isFinite(kBarrer)) {
            throw InvalidInputException.of("k", "must be a positive number of Barrer, got " + kBarrer);
        }
        if (!(n < 0) || !Double.isFinite(n)) {
            throw InvalidInputException.of("n", "an upper bound's slope n must be negative, got " + n);
        }
    }

    @Override
    public String asPublished() {
        return "k = " + plain(kBarrer) + " Barrer, n = " + plain(n);
    }

    static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
