package org.permlab.app.report;

import java.nio.file.Path;
import java.util.Map;

import org.knowm.xchart.internal.chartpart.Chart;
import org.permlab.app.cli.AtomicFiles;
import org.permlab.app.plot.FigureFiles;
import org.permlab.app.plot.FigureWriter;
import org.permlab.io.study.Study;
import org.permlab.io.tree.MapNode;

/**
 * What a section sees: the study, its own settings from study.yaml, and where to write figures and files.
 *
 * @param study     the study
 * @param sectionId the section being rendered
 * @param outDir    the report's output folder ({@code STUDY/out} by default)
 * @param facts     what earlier sections published (and where this one publishes)
 */
public record ReportContext(Study study, String sectionId, Path outDir, ReportFacts facts) {

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
        return FigureWriter.write(chart, outDir.resolve("figures"), sectionId + "-" + name);
    }

    /** Writes a text file (a CSV table, say) as {@code out/SECTION/NAME}, replacing permlab's earlier output. */
    public Path writeFile(String name, String content) {
        return AtomicFiles.writeString(outDir.resolve(sectionId).resolve(name), content);
    }

    /** A path relative to the output folder, as the HTML links it. */
    public String relative(Path file) {
        return outDir.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }
}
