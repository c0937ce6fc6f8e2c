package org.permlab.io.study;

import java.nio.file.Path;
import java.util.Optional;

import org.permlab.io.tree.MapNode;

/**
 * A file the study uses.
 *
 * @param id      unique within the study
 * @param kind    what it holds
 * @param path    resolved against the study folder; it exists
 * @param sample  the sample it was measured on, if any
 * @param entry   the entry as written; its {@code options} mapping is for the analysis that reads the file
 *                (errors keep their lines)
 */
public record DataFile(String id, DataKind kind, Path path, Optional<String> sample, MapNode entry) {

    /** The entry's {@code options} mapping, or an empty one. */
    public MapNode options() {
        return entry.optMap("options").orElseGet(() -> new MapNode(entry.location(), entry.path() + ".options",
                java.util.Map.of(), java.util.Map.of()));
    }
}
