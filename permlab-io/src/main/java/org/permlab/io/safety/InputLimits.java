package org.permlab.io.safety;

import org.permlab.error.InvalidInputException;

/**
 * The sizes beyond which a reader refuses its input with one line (exit 2) instead of running out of memory or
 * time. The defaults are far above any real instrument file (a 10^7-row rig log is about 600 MB; a PALS spectrum
 * has at most 65536 channels; a powder scan some 10^5 points) and far below what would exhaust a 2 GB heap.
 *
 * @param maxBytes     largest file read whole, bytes
 * @param maxLines     most lines in a text file
 * @param maxLineChars longest line, characters
 * @param maxPoints    most data points (channels, rows, scan points) a reader builds
 * @param maxNesting   deepest nesting (YAML, XML, Fortran format groups)
 */
public record InputLimits(long maxBytes, int maxLines, int maxLineChars, int maxPoints, int maxNesting) {

    /** The limits every reader uses unless a caller sets others. */
    public static final InputLimits DEFAULT = new InputLimits(512L << 20, 20_000_000, 1 << 20, 20_000_000, 64);

    public InputLimits {
        if (maxBytes <= 0 || maxLines <= 0 || maxLineChars <= 0 || maxPoints <= 0 || maxNesting <= 0) {
            throw new IllegalArgumentException("input limits must be positive");
        }
    }

    /** Refuses a count of points above {@link #maxPoints}. */
    public void checkPoints(String source, String what, long count) {
        if (count > maxPoints) {
            throw InvalidInputException.of(source, count + " " + what + " is more than permlab reads (at most "
                    + maxPoints + ")");
        }
    }

    /** Refuses a nesting depth above {@link #maxNesting}. */
    public void checkNesting(String source, String what, int depth) {
        if (depth > maxNesting) {
            throw InvalidInputException.of(source, what + " nested " + depth + " deep; at most " + maxNesting
                    + " levels are read");
        }
    }
}
