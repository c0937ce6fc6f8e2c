package org.permlab.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a recycle iteration ended: the tear streams and, for Newton, the last tear Jacobian. Handing it to
 * {@link Flowsheet#solve(RecycleState)} starts a nearby flowsheet (the next point of a sweep or of the optimiser)
 * close to its solution.
 *
 * @param tears    tear stream name to stream
 * @param jacobian d(g(x) - x)/dx of the tear flows, when Newton built one
 */
public record RecycleState(Map<String, ProcessStream> tears, Optional<double[][]> jacobian) {

    public RecycleState {
        tears = Collections.unmodifiableMap(new LinkedHashMap<>(tears));
    }

    /** No information: tear streams start empty. */
    public static RecycleState none() {
        return new RecycleState(Map.of(), Optional.empty());
    }
}
