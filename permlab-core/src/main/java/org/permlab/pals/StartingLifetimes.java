package org.permlab.pals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.permlab.error.InvalidInputException;
import org.permlab.result.Convention;

/**
 * Where the global stage of {@link LifetimeFitter} starts the free lifetimes: the user's guesses, then one even
 * spread and then Halton points, all log-uniform between a lowest and a highest lifetime. The highest is a fraction
 * of the fit window, capped at the vacuum o-Ps lifetime and never below a multiple of the lowest. The numbers are
 * permlab's choices, each made from the physics given with it.
 *
 * @param starts            number of deterministic starts ({@link FitSettings#starts()}; default
 *                          {@link FitSettings#DEFAULT_STARTS})
 * @param lowestNs          the lowest start, ns: 0.08 ns, below the shortest lifetime a component of a membrane
 *                          spectrum has (p-Ps, 1/lambda_S = 0.125 ns with lambda_S = 8.0 1/ns as in free-volume.tsv,
 *                          and free positrons in solids, from about 0.1 ns up)
 * @param windowFraction    the highest start as a fraction of the fit window: 0.4, since a component of lifetime
 *                          0.4 W falls to exp(-2.5) = 8 % over a window W, about the longest the window still tells
 *                          apart from the constant background
 * @param ceilingNs         no start beyond the o-Ps lifetime in vacuum, the longest any annihilation lifetime can be:
 *                          {@link FitSettings#VACUUM_OPS_LIFETIME_NS} = 1/rte_lambda_t of free-volume.tsv, 142 ns
 *                          (R. S. Vallery, P. W. Zitzewitz, D. W. Gidley, Phys. Rev. Lett. 90 (2003) 203402
 *                          measured about 142 ns); the bare 142.0 the fitter once had here
 * @param minimumSpan       the highest start is at least this multiple of the lowest (4: two octaves), so that a
 *                          short window still spreads its starts
 * @param minimumSeparation Halton starts whose neighbouring lifetimes differ by less than this ratio (1.3) are
 *                          skipped: two components started at almost the same lifetime are one
 */
public record StartingLifetimes(int starts, double lowestNs, double windowFraction, double ceilingNs,
        double minimumSpan, double minimumSeparation) implements Convention {

    /** The lowest start, ns. */
    public static final double LOWEST_NS = 0.08;
    /** The highest start as a fraction of the fit window. */
    public static final double WINDOW_FRACTION = 0.4;
    /** The highest start as a multiple of the lowest, at least. */
    public static final double MINIMUM_SPAN = 4;
    /** The smallest ratio of neighbouring Halton start lifetimes. */
    public static final double MINIMUM_SEPARATION = 1.3;

    public StartingLifetimes {
        if (starts < 1) {
            throw InvalidInputException.of("starts", "expected at least 1, got " + starts);
        }
        if (!(lowestNs > 0) || !(windowFraction > 0) || !(ceilingNs > lowestNs) || !(minimumSpan > 1)
                || !(minimumSeparation > 1)) {
            throw InvalidInputException.of("starting lifetimes", "need 0 < lowest < ceiling, a positive window "
                    + "fraction, and a span and a separation above 1");
        }
    }

    /** The starts permlab uses: the numbers above, with this many starts. */
    public static StartingLifetimes standard(int starts) {
        return new StartingLifetimes(starts, LOWEST_NS, WINDOW_FRACTION, FitSettings.VACUUM_OPS_LIFETIME_NS,
                MINIMUM_SPAN, MINIMUM_SEPARATION);
    }

    /** The highest start for a fit window of this length, ns. */
    public double highestNs(double windowNs) {
        return Math.max(minimumSpan * lowestNs, Math.min(windowFraction * windowNs, ceilingNs));
    }

    @Override
    public String key() {
        return "starts";
    }

    @Override
    public String statement() {
        return starts + " deterministic starts (an even log spread and Halton points, lifetimes log-uniform from "
                + lowestNs + " ns to " + windowFraction + " of the fit window, at most the vacuum o-Ps lifetime "
                + "and at least " + minimumSpan + " x the lowest) plus the guesses, on a binned copy; the best "
                + "refined on all channels";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("starts", starts);
        p.put("lowest_ns", lowestNs);
        p.put("window_fraction", windowFraction);
        p.put("ceiling_ns", ceilingNs);
        p.put("minimum_span", minimumSpan);
        p.put("minimum_separation", minimumSeparation);
        return p;
    }
}
