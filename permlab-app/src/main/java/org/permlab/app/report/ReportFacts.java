package org.permlab.app.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Domain facts that sections publish for later sections, within one report run: e.g. the permeation section
 * publishes {@link org.permlab.permeation.PerformancePoint}s that the trade-off and process sections use. Sections
 * run in {@link ReportSection#order()}, so a consumer must come after its producer; a consumer that finds nothing
 * says so and goes on with what it has.
 */
public final class ReportFacts {

    private final List<Object> facts = new ArrayList<>();

    /** Publishes facts (immutable records) for later sections. */
    public synchronized void publish(Object... published) {
        for (Object f : published) {
            facts.add(java.util.Objects.requireNonNull(f));
        }
    }

    /** Everything published so far of a type, in publication order. */
    public synchronized <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
