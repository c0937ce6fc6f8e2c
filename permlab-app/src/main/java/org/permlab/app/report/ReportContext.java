package org.permlab.app.report;

import java.nio.file.Path;
import java.util.Map;

import org.knowm.xchart.internal.chartpart.Chart;
import org.permlab.app.plot.FigureFiles;
import org.permlab.app.plot.FigureWriter;
import org.permlab.io.safety.OutputFolder;
import org.permlab.io.study.Study;
import org.permlab.io.tree.MapNode;

/**
 * What a section sees: the study, its own settings from study.yaml, and where to write figures and files.
 *
 * @param study     the study
 * @param sectionId the section being rendered
 * @param folder    the report's output folder ({@code STUDY/out} by default), through which every file is written
 * @param facts     what earlier sections published (and where this one publishes)
 */
public record ReportContext(Study study, String sectionId, OutputFolder folder, ReportFacts facts) {

    /** The section's settings under {@code analyses:} in study.yaml (an empty mapping if none). */
    public MapNode settings() {
        MapNode m = study.analyses().get(sectionId);
        return m != null ? m : new MapNode(new org.permlab.io.tree.Location(study.source(), 1, 1),
                "analyses." + sectionId, Map.of(), Map.of());
    }

    /**
     * Writes a figure as {@code out/figures/SECTION-NAME.png} and {@code .svg}.
     *
     * @return the files, for {@link Html#figure}
     */
    public FigureFiles figure(Chart<?, ?> chart, String name) {
        return FigureWriter.write(chart, folder, "figures/" + sectionId + "-" + name);
    }

    /** Writes a text file (a CSV table, say) as {@code out/SECTION/NAME}, replacing permlab's earlier output. */
    public Path writeFile(String name, String content) {
        return folder.writeString(sectionId + "/" + name, content);
    }

    /**
     * Records an item the study names that could not be used (one line: file, line, what was wrong); the report
     * prints each on standard error and exits 2, and still writes everything else.
     */
    public void skipped(String message) {
        facts.publish(new SkippedItem(sectionId, message));
    }

    /** An item a section could not use, as {@link #skipped} records it. */
    record SkippedItem(String section, String message) {
    }

    /** A path relative to the output folder, as the HTML links it. */
    public String relative(Path file) {
        return folder.dir().toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }
}
