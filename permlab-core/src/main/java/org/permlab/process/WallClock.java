package org.permlab.process;

/**
 * The wall-clock safety net of a solve: it never decides a converged answer (iteration and evaluation counts do
 * that), it only stops a solve that runs far longer than any sensible case, and the stop is reported as
 * {@link SolverStatus#TIME_LIMIT}. A limit of {@code Double.POSITIVE_INFINITY} disables it.
 */
final class WallClock {

    private final long start = System.nanoTime();
    private final long limitNanos;

    WallClock(double limitS) {
        // the cast saturates: an infinite or huge limit never trips (and never overflows a deadline)
        this.limitNanos = (long) (limitS * 1e9);
    }

    boolean expired() {
        return System.nanoTime() - start > limitNanos;
    }

    /** Thrown out of an ODE right-hand side when the safety net trips. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired(String message) {
            super(message, null, false, false);
        }
    }
}
