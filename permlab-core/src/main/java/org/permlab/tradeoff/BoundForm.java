package org.permlab.tradeoff;

/**
 * How a source states an upper-bound line; both forms describe the same straight line on log-log axes.
 * permlab keeps the numbers as published (so that a reader can check them against the paper) and converts them to
 * Robeson's k and n exactly.
 */
public sealed interface BoundForm permits RobesonForm, FreemanForm {

    /** k in P_fast = k alpha^n, Barrer. */
    double kBarrer();

    /** n in P_fast = k alpha^n (negative). */
    double n();

    /** The numbers as the source prints them, e.g. {@code k = 19890 Barrer, n = -1.017}. */
    String asPublished();
}
