package org.permlab.process;

import java.util.Locale;

import org.permlab.result.Worded;

/**
 * How a solve ended, in one word that the text and the JSON ({@code status}) show. Only {@link #CONVERGED} is a
 * converged answer; every other status comes with {@code converged: false} and a message saying why.
 */
public enum SolverStatus implements Worded {
    /** The solution meets its tolerances. */
    CONVERGED,
    /** An iteration or evaluation count ({@code max_iterations}, {@code max_evaluations}) ran out first. */
    ITERATION_LIMIT,
    /**
     * The wall-clock safety net ({@code time_limit}) tripped before the iteration limits did: the solve was stopped
     * and nothing is presented as converged (the numbers are those of the unfinished solve, or the feed passed
     * through).
     */
    TIME_LIMIT,
    /** The solve stopped for another reason (a singular Jacobian, a failed line search, a diverging recycle, ...). */
    NOT_CONVERGED;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
