package org.permlab.process;

/**
 * How a solve went: every solver in this package returns one, so that non-convergence is an explicit result and
 * never a hang.
 *
 * @param converged           whether the solution meets its tolerances
 * @param method              the method, in words
 * @param iterations          Newton or recycle iterations used (0 for a closed form)
 * @param nodes               axial nodes of the final mesh (0 when not discretised)
 * @param residual            final residual, relative to the inlet flow
 * @param discretisationError estimated discretisation error of the component flows (outlets and profiles),
 *                            relative to the inlet flow (before Richardson extrapolation; 0 when not discretised)
 * @param message             what happened, one line
 */
public record SolverReport(boolean converged, String method, int iterations, int nodes, double residual,
        double discretisationError, String message) {
}
