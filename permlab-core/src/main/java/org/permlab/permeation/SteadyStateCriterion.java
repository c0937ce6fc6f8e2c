package org.permlab.permeation;

import org.permlab.error.InvalidInputException;

/**
 * When a condition has reached its steady state (see {@link SteadyState}).
 *
 * <p>A window of {@code window} consecutive injections is steady when, for every fed and detected species, the
 * least-squares line through its permeances changes across the window by at most {@code maxRelativeChange} of
 * their mean plus twice the standard error of that change (the noise estimated from the condition's second half, so
 * that noise alone does not fail a window), and their
 * relative standard deviation is at most {@code maxRelativeSd}. The steady injections are
 * those from the first steady window to the end of the condition; at least {@code minInjections} are needed.
 *
 * @param window            injections per window (default 5; the seed takes at least five per steady state)
 * @param maxRelativeChange largest change of the fitted line across the window, relative (default 0.01)
 * @param maxRelativeSd     largest relative SD within the window (default 0.05)
 * @param minInjections     fewest steady injections accepted (default 5)
 */
public record SteadyStateCriterion(int window, double maxRelativeChange, double maxRelativeSd, int minInjections)
        implements org.permlab.result.Convention {

    /** The defaults: 5 injections, 1 % change, 5 % relative SD, at least 5 steady injections. */
    public static final SteadyStateCriterion DEFAULT = new SteadyStateCriterion(5, 0.01, 0.05, 5);

    /** {@code steady_state}. */
    @Override
    public String key() {
        return "steady_state";
    }

    /** The criterion with its numbers. */
    @Override
    public String statement() {
        return "first window of " + window + " injections whose least-squares line changes by at most "
                + maxRelativeChange * 100 + " % of the mean plus twice its standard error, with a relative SD of at "
                + "most " + maxRelativeSd * 100 + " %; at least " + minInjections + " steady injections";
    }

    public SteadyStateCriterion {
        if (window < 3) {
            throw InvalidInputException.of("steady_state.window", "needs at least 3 injections, got " + window);
        }
        if (!(maxRelativeChange > 0) || !(maxRelativeSd > 0)) {
            throw InvalidInputException.of("steady_state", "the limits must be positive, got change "
                    + maxRelativeChange + " and SD " + maxRelativeSd);
        }
        if (minInjections < 2) {
            throw InvalidInputException.of("steady_state.min_injections", "needs at least 2, got " + minInjections);
        }
    }
}
