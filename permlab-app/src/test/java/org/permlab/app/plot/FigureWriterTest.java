package org.permlab.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.permlab.error.InvalidInputException;
import org.permlab.io.safety.OutputFolder;

class FigureWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesPngAtTwiceTheSizeAndWellFormedSvgOfTheChartSize() throws Exception {
        XYChart chart = Plots.xy("", Plots.axisLabel("Kinetic diameter", "A"), Plots.axisLabel("Permeance", "GPU"));
        Plots.logAxes(chart, false, true);
        Plots.points(chart, "glass", new double[] {2.6, 3.3, 3.64}, new double[] {21, 45, 1.5},
                new double[] {1, 3, 0.2});
        Plots.line(chart, "Knudsen", new double[] {2.6, 3.64}, new double[] {21, 7.9});
        FigureFiles f = FigureWriter.write(chart, OutputFolder.open(dir, false, List.of()), "fig");
        BufferedImage png = ImageIO.read(f.png().toFile());
        assertThat(png.getWidth()).isEqualTo(2 * PlotStyle.WIDTH);
        assertThat(png.getHeight()).isEqualTo(2 * PlotStyle.HEIGHT);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(f.svg().toFile());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        // XChart's SVG encoder (VectorGraphics2D) draws text as outlines: check the page geometry instead
        assertThat(doc.getDocumentElement().getAttribute("viewBox"))
                .isEqualTo("0 0 " + PlotStyle.WIDTH + " " + PlotStyle.HEIGHT);
        // two axis titles, tick labels and three legend labels are outlines: at least 5 paths
        assertThat(doc.getElementsByTagName("path").getLength()).isGreaterThanOrEqualTo(5);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("fig.png", "fig.svg",
                    OutputFolder.MANIFEST);
        }
    }

    /** A figure never replaces a file that permlab did not write there (a user's own fig.png). */
    @Test
    void aUsersFileOfTheSameNameIsNotReplaced() throws Exception {
        Files.writeString(dir.resolve("fig.png"), "mine");
        XYChart chart = Plots.xy("", "x", "y");
        Plots.points(chart, "a", new double[] {1, 2}, new double[] {1, 2}, new double[] {0.1, 0.1});
        assertThatThrownBy(() -> FigureWriter.write(chart, OutputFolder.open(dir, false, List.of()), "fig"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not written by permlab");
        assertThat(Files.readString(dir.resolve("fig.png"))).isEqualTo("mine");
    }
}
