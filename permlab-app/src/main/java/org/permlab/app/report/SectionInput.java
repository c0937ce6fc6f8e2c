package org.permlab.app.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.io.study.Study;
import org.permlab.io.tree.Location;
import org.permlab.io.tree.MapNode;

/**
 * What a section computes from: the study, its own settings, and the results of the sections it
 * {@linkplain ReportSection#needs() needs}.
 */
public final class SectionInput {

    private final Study study;
    private final String sectionId;
    private final Map<Class<?>, Object> results;
    private final List<String> skipped = Collections.synchronizedList(new ArrayList<>());

    SectionInput(Study study, String sectionId, Map<Class<?>, Object> results) {
        this.study = study;
        this.sectionId = sectionId;
        this.results = results;
    }

    /** An input for tests: a study and the results of earlier sections, by section class. */
    public static SectionInput of(Study study, String sectionId, Map<Class<?>, Object> earlier) {
        return new SectionInput(study, sectionId, Map.copyOf(earlier));
    }

    public Study study() {
        return study;
    }

    /** The section's settings under {@code analyses:} in study.yaml (an empty mapping if none). */
    public MapNode settings() {
        MapNode m = study.analyses().get(sectionId);
        return m != null ? m : new MapNode(new Location(study.source(), 1, 1), "analyses." + sectionId, Map.of(),
                Map.of());
    }

    /**
     * The result of a section this one needs; empty when that section did not run for the study or failed (the
     * caller says so in its output and goes on with what it has).
     */
    public <T, S extends ReportSection<T>> Optional<T> result(Class<S> section) {
        @SuppressWarnings("unchecked")
        T r = (T) results.get(section);
        return Optional.ofNullable(r);
    }

    /**
     * Records an item the study names that could not be used (one line: file, line, what was wrong); the report
     * prints each on stderr and exits 2, and still writes everything else.
     */
    public void skipped(String message) {
        skipped.add(message);
    }

    /** The items recorded by {@link #skipped}. */
    public List<String> skippedItems() {
        return List.copyOf(skipped);
    }
}
