package org.permlab.app.plot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.permlab.error.InvalidInputException;

/** Writes a chart as {@code NAME.png} (at 2x resolution) and {@code NAME.svg}, replacing its own earlier output. */
public final class FigureWriter {

    /** PNGs are written at 144 dpi, twice the chart's 72-dpi pixel size. */
    public static final int PNG_DPI = 144;

    private FigureWriter() {
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg}. */
    public static FigureFiles write(Chart<?, ?> chart, Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path png = dir.resolve(name + ".png");
            Path svg = dir.resolve(name + ".svg");
            Path tmpPng = Files.createTempFile(dir, name, ".png.tmp");
            Path tmpSvg = Files.createTempFile(dir, name, ".svg.tmp");
            try {
                // painted at 2x with Graphics2D scaling: crisp text, same layout as the SVG
                try (OutputStream out = Files.newOutputStream(tmpPng)) {
                    java.awt.image.BufferedImage image = scaled(chart);
                    javax.imageio.ImageIO.write(image, "png", out);
                }
                try (OutputStream out = Files.newOutputStream(tmpSvg)) {
                    VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                }
                Files.move(tmpPng, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmpSvg, svg, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmpPng);
                Files.deleteIfExists(tmpSvg);
            }
            return new FigureFiles(png, svg);
        } catch (IOException e) {
            throw InvalidInputException.of(dir.toString(), "cannot write figure '" + name + "': " + e.getMessage());
        }
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
