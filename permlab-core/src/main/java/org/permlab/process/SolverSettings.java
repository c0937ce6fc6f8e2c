package org.permlab.process;

import org.permlab.error.InvalidInputException;

/**
 * Numerical settings of a stage solve. The defaults need no tuning.
 *
 * @param nodes          axial nodes of the plug-flow discretisation (co- and counter-current), at least 10; the
 *                       solver starts with more when the profiles ask for them, and doubles them (up to
 *                       {@code maxNodes}, adapting the mesh) until the estimated discretisation error of every
 *                       node's component flows is below {@code tolerance}
 * @param maxNodes       the most nodes the solver may use
 * @param tolerance      target discretisation error of the outlet component flows, relative to the inlet flow
 * @param maxIterations  Newton iterations per mesh (co- and counter-current); running out is the status
 *                       {@code iteration_limit}
 * @param maxEvaluations right-hand-side evaluations of one cross-flow integration (also the integration that
 *                       starts a co- or counter-current solve); running out is the status {@code iteration_limit}
 * @param timeLimitS     wall-clock safety net of one stage solve, s ({@code Double.POSITIVE_INFINITY} disables it):
 *                       the counts above decide every result, and a solve stopped by this limit is reported with
 *                       the status {@code time_limit}, never as converged
 */
public record SolverSettings(int nodes, int maxNodes, double tolerance, int maxIterations, int maxEvaluations,
        double timeLimitS) {

    /** The default count of right-hand-side evaluations of a cross-flow integration. */
    public static final int DEFAULT_MAX_EVALUATIONS = 5_000_000;

    /** 200 nodes, up to 6400, 1e-6, 100 iterations, 5,000,000 evaluations, 30 s safety net. */
    public static final SolverSettings DEFAULT = new SolverSettings(200, 6400, 1e-6, 100, DEFAULT_MAX_EVALUATIONS,
            30);

    public SolverSettings {
        if (nodes < 10) {
            throw InvalidInputException.of("nodes", "at least 10 axial nodes, got " + nodes);
        }
        if (maxNodes < nodes) {
            throw InvalidInputException.of("max_nodes", "must be at least nodes (" + nodes + "), got " + maxNodes);
        }
        if (!(tolerance > 0 && tolerance < 0.1)) {
            throw InvalidInputException.of("tolerance", "must be between 0 and 0.1, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw InvalidInputException.of("max_iterations", "must be at least 1, got " + maxIterations);
        }
        if (maxEvaluations < 1) {
            throw InvalidInputException.of("max_evaluations", "must be at least 1, got " + maxEvaluations);
        }
        if (!(timeLimitS > 0)) {
            throw InvalidInputException.of("time_limit", "must be positive, got " + timeLimitS + " s");
        }
    }

    /** Settings with the default evaluation count ({@link #DEFAULT_MAX_EVALUATIONS}). */
    public SolverSettings(int nodes, int maxNodes, double tolerance, int maxIterations, double timeLimitS) {
        this(nodes, maxNodes, tolerance, maxIterations, DEFAULT_MAX_EVALUATIONS, timeLimitS);
    }

    public SolverSettings withNodes(int newNodes) {
        return new SolverSettings(newNodes, Math.max(maxNodes, newNodes), tolerance, maxIterations, maxEvaluations,
                timeLimitS);
    }
}
