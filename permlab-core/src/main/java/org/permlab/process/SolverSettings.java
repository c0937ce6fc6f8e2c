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
 * @param maxIterations  Newton iterations per mesh
 * @param timeLimitS     wall-time limit of one stage solve, s
 */
public record SolverSettings(int nodes, int maxNodes, double tolerance, int maxIterations, double timeLimitS) {

    /** 200 nodes, up to 6400, 1e-6, 100 iterations, 30 s. */
    public static final SolverSettings DEFAULT = new SolverSettings(200, 6400, 1e-6, 100, 30);

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
        if (!(timeLimitS > 0)) {
            throw InvalidInputException.of("time_limit", "must be positive, got " + timeLimitS + " s");
        }
    }

    public SolverSettings withNodes(int newNodes) {
        return new SolverSettings(newNodes, Math.max(maxNodes, newNodes), tolerance, maxIterations, timeLimitS);
    }
}
