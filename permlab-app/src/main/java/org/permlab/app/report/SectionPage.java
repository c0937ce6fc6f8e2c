package org.permlab.app.report;

import java.nio.file.Path;

import org.knowm.xchart.internal.chartpart.Chart;
import org.permlab.app.plot.FigureFiles;
import org.permlab.app.plot.FigureWriter;
import org.permlab.io.safety.OutputFolder;

/**
 * Where a section renders to: figures go to {@code out/figures/SECTION-NAME.*}, files to {@code out/SECTION/NAME},
 * all through the report's {@link OutputFolder} (never onto an input, never over a file permlab did not write).
 */
public final class SectionPage {

    private final String sectionId;
    private final OutputFolder folder;

    SectionPage(String sectionId, OutputFolder folder) {
        this.sectionId = sectionId;
        this.folder = folder;
    }

    /** A page for tests, writing into a folder. */
    public static SectionPage of(String sectionId, OutputFolder folder) {
        return new SectionPage(sectionId, folder);
    }

    public String sectionId() {
        return sectionId;
    }

    /** The report's output folder. */
    public OutputFolder folder() {
        return folder;
    }

    /**
     * Writes a figure as {@code out/figures/SECTION-NAME.png} and {@code .svg}.
     *
     * @return the files, for {@link Html#figure}
     */
    public FigureFiles figure(Chart<?, ?> chart, String name) {
        return FigureWriter.write(chart, folder, "figures/" + sectionId + "-" + name);
    }

    /** Writes a text file (a CSV table, say) as {@code out/SECTION/NAME}. */
    public Path writeFile(String name, String content) {
        return folder.writeString(sectionId + "/" + name, content);
    }

    /** A path relative to the output folder, as the HTML links it. */
    public String relative(Path file) {
        return folder.dir().toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }
}
