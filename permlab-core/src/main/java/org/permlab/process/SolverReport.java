package org.permlab.process;

import java.util.Objects;

/**
 * How a solve went: every solver in this package returns one, so that non-convergence is an explicit result and
 * never a hang. What decides a result is always an iteration or evaluation count; the wall-clock limit is only a
 * safety net, and its tripping is the status {@link SolverStatus#TIME_LIMIT}, never a converged answer.
 *
 * @param converged           whether the solution meets its tolerances
 * @param method              the method, in words
 * @param iterations          Newton or recycle iterations used (0 for a closed form)
 * @param nodes               axial nodes of the final mesh (0 when not discretised)
 * @param residual            final residual, relative to the inlet flow
 * @param discretisationError estimated discretisation error of the component flows (outlets and profiles),
 *                            relative to the inlet flow (before Richardson extrapolation; 0 when not discretised)
 * @param message             what happened, one line
 * @param status              how the solve ended, in one word ({@code converged} exactly when {@code converged})
 */
public record SolverReport(boolean converged, String method, int iterations, int nodes, double residual,
        double discretisationError, String message, SolverStatus status) {

    public SolverReport {
        Objects.requireNonNull(status, "status");
        if (converged != (status == SolverStatus.CONVERGED)) {
            throw new IllegalArgumentException("status " + status.word() + " with converged = " + converged);
        }
    }

    /** A report whose status follows from {@code converged}: converged or not converged. */
    public SolverReport(boolean converged, String method, int iterations, int nodes, double residual,
            double discretisationError, String message) {
        this(converged, method, iterations, nodes, residual, discretisationError, message,
                converged ? SolverStatus.CONVERGED : SolverStatus.NOT_CONVERGED);
    }
}
