package org.permlab.app.report;

import java.util.List;

import org.permlab.io.study.Study;

/**
 * One section of the study report, in two steps: {@link #compute} turns the study's files into the section's
 * result record {@code R} (a core result, or a record of core results; it is what {@code results.json} holds under
 * the section's id, serialised as itself), and {@link #render} turns that result into HTML, figures and tables.
 * A section that needs another's result names it in {@link #needs()} and reads it with
 * {@link SectionInput#result}, typed; nothing else passes between sections.
 *
 * <p>Implementations have a public no-argument constructor and are listed in
 * {@code META-INF/services/org.permlab.app.report.ReportSection}.
 *
 * @param <R> the section's result type
 */
public interface ReportSection<R> {

    /**
     * The section's id: its key in {@code results.json}, its anchor in the HTML, and, for an analysis, the key
     * under {@code analyses:} in study.yaml that switches it on (e.g. {@code permeation}).
     */
    String id();

    /** The heading. */
    String title();

    /**
     * Position in the report: 0-99 for the study description, then the analyses in the order data flows
     * (synthesis and characterisation 100-499, permeation 500-599, comparison 600-699, process design 700-799).
     */
    int order();

    /** Whether the section runs for this study; by default when study.yaml lists {@link #id()} under analyses. */
    default boolean appliesTo(Study study) {
        return study.analyses().containsKey(id());
    }

    /** The sections whose results this one reads (they are computed first). */
    default List<Class<? extends ReportSection<?>>> needs() {
        return List.of();
    }

    /**
     * Computes the section's result. Bad input (a malformed data file, settings out of range) is an
     * {@link org.permlab.error.InvalidInputException} naming the file and field; the report goes on without it.
     * Items of a section that fail on their own (one bad spectrum of five) are recorded in the result and reported
     * through {@link SectionInput#skipped}.
     */
    R compute(SectionInput input);

    /** The section's HTML body (without its heading), writing its figures and tables through the page. */
    String render(R result, SectionPage page);
}
