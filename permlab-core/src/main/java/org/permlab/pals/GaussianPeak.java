package org.permlab.pals;

/**
 * One Gaussian of the time-resolution function, centred at T0 + shift (CONVENTIONS §4: a positive shift moves the
 * Gaussian, and the spectrum it makes, to later times).
 *
 * @param fwhmNs   full width at half maximum, ns (sigma = FWHM / (2 sqrt(2 ln 2)) = FWHM / 2.3548)
 * @param fraction its weight; the weights of a resolution function sum to 1
 * @param shiftNs  displacement from T0, ns
 */
public record GaussianPeak(Parameter fwhmNs, double fraction, Parameter shiftNs) {

    /** FWHM / sigma of a Gaussian: 2 sqrt(2 ln 2). */
    public static final double FWHM_PER_SIGMA = 2.0 * Math.sqrt(2.0 * Math.log(2.0));

    /** A fixed Gaussian (what POSITRONFIT uses). */
    public static GaussianPeak fixed(double fwhmNs, double fraction, double shiftNs) {
        return new GaussianPeak(Parameter.fixed(fwhmNs), fraction, Parameter.fixed(shiftNs));
    }
}
