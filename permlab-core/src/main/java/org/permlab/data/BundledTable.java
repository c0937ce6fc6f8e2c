package org.permlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a bundled tab-separated table: blank lines and lines starting with {@code #} skipped. */
public final class BundledTable {

    private BundledTable() {
    }

    /**
     * Reads a bundled table.
     *
     * @param owner    the class whose package the resource is resolved against
     * @param resource the resource name (relative to the owner's package, or absolute with a leading {@code /})
     * @param columns  the number of tab-separated cells every row must have
     * @return the rows, cells unstripped, in file order
     * @throws IllegalStateException if the resource is missing or a row has the wrong number of cells
     */
    public static List<String[]> rows(Class<?> owner, String resource, int columns) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled table " + resource + " (next to " + owner.getName()
                        + ")");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns
                            + " tab-separated columns in '" + line + "'");
                }
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
