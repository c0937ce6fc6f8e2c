package org.permlab.app.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ReportWriter#write} did.
 *
 * @param resultsJson  {@code out/results.json}
 * @param reportHtml   {@code out/report.html}
 * @param sectionsRun  the ids of the sections that produced results, in order
 * @param problems     the sections that failed
 * @param firstBug     the first defect, kept for {@code --debug}
 */
public record ReportOutcome(Path resultsJson, Path reportHtml, List<String> sectionsRun,
        List<SectionProblem> problems, Optional<RuntimeException> firstBug) {
}
