package org.permlab.app.plot;

import java.nio.file.Path;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.permlab.io.safety.OutputFolder;

/**
 * Writes a chart as {@code NAME.png} (at 2x resolution) and {@code NAME.svg} through an {@link OutputFolder}: inside
 * the folder, never onto an input, never over a file permlab did not write (without {@code --force}).
 */
public final class FigureWriter {

    /** PNGs are written at 144 dpi, twice the chart's 72-dpi pixel size. */
    public static final int PNG_DPI = 144;

    private FigureWriter() {
    }

    /** Writes {@code name.png} and {@code name.svg} into the folder ({@code name} may hold sub-folders). */
    @SuppressWarnings("deprecation") // XChart 3.8's SVG encoder; the figure writer is replaced with the journal figures
    public static FigureFiles write(Chart<?, ?> chart, OutputFolder folder, String name) {
        Path png = folder.write(name + ".png", out -> javax.imageio.ImageIO.write(scaled(chart), "png", out));
        Path svg = folder.write(name + ".svg", out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
        return new FigureFiles(png, svg);
    }

    private static java.awt.image.BufferedImage scaled(Chart<?, ?> chart) {
        double scale = PNG_DPI / 72.0;
        int w = (int) Math.round(chart.getWidth() * scale);
        int h = (int) Math.round(chart.getHeight() * scale);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }
}
