package org.permlab.pals;

import org.permlab.quantity.Measured;

/**
 * A Gaussian of the resolution function after a fit (SD 0 where it was fixed).
 *
 * @param fwhmNs   FWHM, ns
 * @param fraction its weight (fixed)
 * @param shiftNs  displacement from T0, ns
 */
public record FittedPeak(Measured fwhmNs, double fraction, Measured shiftNs) {

    /** Its weight in %. */
    public double fractionPct() {
        return 100 * fraction;
    }

    /** A Gaussian given, not fitted: its values with SD 0. */
    public static FittedPeak of(GaussianPeak g) {
        return new FittedPeak(Measured.exact(g.fwhmNs().value()), g.fraction(), Measured.exact(g.shiftNs().value()));
    }
}
