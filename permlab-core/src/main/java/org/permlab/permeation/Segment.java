package org.permlab.permeation;

import java.util.Optional;

/**
 * A stretch of a run at one condition ("He at 303 K", "2 vol% CO2 added at 48 h", "reactivated at 353 K"): the
 * unit that is reduced to one set of permeances.
 *
 * @param label        a short name, unique in the run
 * @param span         the time it covers in the log
 * @param steadyWindow the steady injections set by hand; when empty they are detected (see {@link SteadyState})
 * @param excluded     true for a stretch that is recorded but not reduced (a reactivation at another temperature)
 * @param note         what changed, free text
 */
public record Segment(String label, TimeWindow span, Optional<TimeWindow> steadyWindow, boolean excluded,
        String note) {
}
