package org.permlab.permeation;

/**
 * The Wicke-Kallenbach (sweep-gas) reduction of one GC injection (CONVENTIONS §3; the seed paper, eq. 3 and 5).
 *
 * <p>With no back-permeation of the sweep gas, the sweep outlet carries F_out = F_sweep / (1 - sum_i y_i) (the
 * closed balance; N_i = y_i F_sweep is right only at ppm levels), so species i permeates at N_i = y_i F_out, and
 * its permeance is P_i = N_i / (A (p_i - y_i p_perm)), with the feed-side partial pressure p_i chosen by
 * {@link FeedSideMode}. The stage cut is theta = sum_i N_i / F_feed. All quantities in SI: mol s^-1, m^2, Pa,
 * mol m^-2 s^-1 Pa^-1.
 *
 * <p>A species the GC did not detect gives an upper bound: P_i is increasing in y_i, so the bound is the permeance
 * computed at y_i equal to the detection limit (with that y_i also in the outlet balance).
 */
public final class WickeKallenbach {

    private WickeKallenbach() {
    }

    /** Why a point cannot be reduced. */
    public static final String NO_DRIVING_FORCE = "no driving force: the feed-side partial pressure is not above the"
            + " permeate-side one";

    /**
     * Reduces one injection, on primitive arrays (the reducer's hot path).
     *
     * @param feedFlow   F_i, mol s^-1, per species (0 for a species not fed)
     * @param feedTotal  sum of every feed flow, mol s^-1 (species not reduced included)
     * @param y          y_i in the sweep outlet; NaN = not detected
     * @param detection  detection limit per species (mole fraction); used where y is NaN
     * @param sweep      F_sweep, mol s^-1
     * @param pFeed      feed pressure, Pa
     * @param pPerm      permeate pressure, Pa
     * @param area       membrane area, m^2
     * @param mode       the feed-side partial pressure
     * @param permeance  out: P_i, or its upper bound where y was NaN; NaN for a species not fed
     * @param flux       out: N_i, mol s^-1 (the bound's N_i where y was NaN)
     * @param retentateX out: retentate mole fraction (F_i - N_i) / (F_feed - sum N)
     * @return the stage cut theta = sum of detected N_i / F_feed; NaN when a fed species has no driving force
     */
    public static double reduce(double[] feedFlow, double feedTotal, double[] y, double[] detection, double sweep,
            double pFeed, double pPerm, double area, FeedSideMode mode, double[] permeance, double[] flux,
            double[] retentateX) {
        int n = y.length;
        double sumY = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(y[i])) {
                sumY += y[i];
            }
        }
        double fOut = sweep / (1.0 - sumY);
        double sumN = sumY * fOut;
        double retentateTotal = feedTotal - sumN;
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            if (!(feedFlow[i] > 0)) {
                permeance[i] = Double.NaN;
                flux[i] = !Double.isNaN(y[i]) ? y[i] * fOut : 0.0;
                retentateX[i] = 0.0;
                continue;
            }
            boolean detected = !Double.isNaN(y[i]);
            double yi = detected ? y[i] : detection[i];
            double ni = detected ? yi * fOut : yi * sweep / (1.0 - sumY - yi);
            double xIn = feedFlow[i] / feedTotal;
            double xRet = (feedFlow[i] - ni) / (detected ? retentateTotal : retentateTotal - ni);
            double pIn = xIn * pFeed;
            double pi = switch (mode) {
                case INLET -> pIn;
                case RETENTATE -> xRet * pFeed;
                case LOG_MEAN -> logMean(pIn, xRet * pFeed);
            };
            double drive = pi - yi * pPerm;
            flux[i] = ni;
            retentateX[i] = xRet;
            if (!(drive > 0)) {
                permeance[i] = Double.NaN;
                ok = false;
                continue;
            }
            permeance[i] = ni / (area * drive);
        }
        return ok ? sumN / feedTotal : Double.NaN;
    }

    /** (a - b) / ln(a / b), equal to a when a = b. */
    public static double logMean(double a, double b) {
        if (!(a > 0) || !(b > 0)) {
            return Double.NaN;
        }
        double r = a / b;
        if (Math.abs(r - 1.0) < 1e-6) {
            // series of (r - 1) / ln r about r = 1, relative error below 1e-12 here
            double d = r - 1.0;
            return b * (1.0 + d / 2.0 - d * d / 12.0);
        }
        double d = (a - b) / b;
        return (a - b) / Math.log1p(d);
    }

    /**
     * The separation factor (y_i / y_j) / (x_i / x_j) (seed paper eq. 5).
     *
     * @param xi feed-side mole fraction of i on the chosen basis
     * @param xj feed-side mole fraction of j on the chosen basis
     */
    public static double separationFactor(double yi, double yj, double xi, double xj) {
        return (yi / yj) / (xi / xj);
    }
}
