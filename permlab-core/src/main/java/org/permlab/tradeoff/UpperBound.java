package org.permlab.tradeoff;

import org.permlab.gas.GasPair;
import org.permlab.gas.Citation;
import org.permlab.quantity.Measured;
import org.permlab.quantity.Units;

/**
 * One upper-bound line for one gas pair: P_fast = k alpha^n with k in Barrer (Robeson 1991, 2008), a dense-polymer
 * limit drawn through the best films of its time.
 *
 * <p>Every method works in SI: permeabilities in mol m^-1 s^-1 Pa^-1 ({@code Units.BARRER}, docs/units-and-gases.md).
 * Because alpha is dimensionless, k_SI = k_Barrer x (1 Barrer in SI) and the exponent is unchanged.
 *
 * @param pair   the gas pair, fast gas first
 * @param year   the year of the line (1991, 2008, 2015, 2019)
 * @param name   how plots and tables name it, e.g. {@code Robeson 2008}
 * @param form   the numbers as the source states them
 * @param source where they come from
 * @param basis  how permlab checked them (the primary paper, a reproduction of it, or the issue text)
 */
public record UpperBound(GasPair pair, int year, String name, BoundForm form, Citation source, String basis) {

    /** k, Barrer. */
    public double kBarrer() {
        return form.kBarrer();
    }

    /** k, mol m^-1 s^-1 Pa^-1. */
    public double kSi() {
        return Units.BARRER.toSi(form.kBarrer(), org.permlab.quantity.ReferenceState.NORMAL);
    }

    /** The numbers as the source prints them, e.g. {@code k = 19890 Barrer, n = -1.017}. */
    public String publishedForm() {
        return form.asPublished();
    }

    /** The slope n (negative). */
    public double n() {
        return form.n();
    }

    /** The permeability of the fast gas on the line at this selectivity: k alpha^n, mol m^-1 s^-1 Pa^-1. */
    public double permeabilityFastSi(double selectivity) {
        return kSi() * Math.pow(selectivity, n());
    }

    /** The selectivity on the line at this fast-gas permeability: (P/k)^(1/n). */
    public double selectivityAt(double permeabilityFastSi) {
        return Math.pow(permeabilityFastSi / kSi(), 1.0 / n());
    }

    /**
     * Distance to the line: d = P / (k alpha^n), with first-order propagation of independent uncertainties in P and
     * alpha (relative variance (sd_P/P)^2 + (n sd_alpha/alpha)^2). d &gt; 1 lies above the line, d &lt; 1 below.
     */
    public Measured distance(Measured permeabilityFastSi, Measured selectivity) {
        return permeabilityFastSi.dividedBy(selectivity.pow(n())).times(1.0 / kSi());
    }

    /** The selectivity on the line at the point's permeability, alpha_UB(P) = (P/k)^(1/n), with P's uncertainty. */
    public Measured selectivityAt(Measured permeabilityFastSi) {
        return permeabilityFastSi.times(1.0 / kSi()).pow(1.0 / n());
    }

    @Override
    public String toString() {
        return name + " " + pair + " (" + form.asPublished() + ")";
    }
}
