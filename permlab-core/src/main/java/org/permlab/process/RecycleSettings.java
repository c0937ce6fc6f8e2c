package org.permlab.process;

import org.permlab.error.InvalidInputException;

/**
 * How recycles are converged.
 *
 * @param method        Newton with Broyden updates (default: about 15 passes for the three-stage example against
 *                      64 for Wegstein), Wegstein or direct substitution
 * @param tolerance     largest change of a tear stream's component flow between passes, relative to the total
 *                      feed flow (and of its pressure, relative to the pressure)
 * @param maxIterations recycle iterations allowed (each is one or more flowsheet passes); running out is the
 *                      status {@code iteration_limit}
 * @param timeLimitS    wall-clock safety net, s ({@code Double.POSITIVE_INFINITY} disables it): the iteration count
 *                      decides every result, and a solve stopped by this limit is reported with the status
 *                      {@code time_limit}, never as converged
 */
public record RecycleSettings(RecycleMethod method, double tolerance, int maxIterations, double timeLimitS) {

    /** Newton (Broyden), 1e-9, 200 iterations, 60 s safety net. */
    public static final RecycleSettings DEFAULT = new RecycleSettings(RecycleMethod.NEWTON, 1e-9, 200, 60);

    public RecycleSettings {
        if (!(tolerance > 0 && tolerance < 0.1)) {
            throw InvalidInputException.of("tolerance", "must be between 0 and 0.1, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw InvalidInputException.of("max_iterations", "must be at least 1, got " + maxIterations);
        }
        if (!(timeLimitS > 0)) {
            throw InvalidInputException.of("time_limit", "must be positive, got " + timeLimitS + " s");
        }
    }
}
