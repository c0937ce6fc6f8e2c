package org.permlab.app.report;

import org.permlab.io.study.Study;

/**
 * A report section in the old shape (computing, writing figures and building HTML in one call, exchanging data
 * through {@link ReportFacts}), kept only while the sections move to {@link ReportSection}. Listed in
 * {@code META-INF/services/org.permlab.app.report.LegacySection}. No new section implements this.
 */
public interface LegacySection {

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

    /**
     * Computes the section. Bad input (a malformed data file, settings out of range) is an
     * {@link org.permlab.error.InvalidInputException} naming the file and field; the report goes on without it.
     */
    SectionOutput render(ReportContext context);
}
