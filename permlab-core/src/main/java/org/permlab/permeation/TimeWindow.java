package org.permlab.permeation;

import org.permlab.error.InvalidInputException;

/**
 * A stretch of time in a log, [fromS, toS).
 *
 * @param fromS start, s since the start of the log
 * @param toS   end (exclusive), s; {@link Double#POSITIVE_INFINITY} for "to the end of the log"
 */
public record TimeWindow(double fromS, double toS) {

    public TimeWindow {
        if (!(toS > fromS)) {
            throw InvalidInputException.of("window", "must end after it starts, got " + fromS / 3600 + " h to "
                    + toS / 3600 + " h");
        }
    }

    public boolean contains(double timeS) {
        return timeS >= fromS && timeS < toS;
    }
}
