package org.permlab.app.plot;

import java.nio.file.Path;

/**
 * A figure written to disk.
 *
 * @param png the bitmap (for slides and quick looks)
 * @param svg the vector version (for papers and the HTML report)
 */
public record FigureFiles(Path png, Path svg) {
}
