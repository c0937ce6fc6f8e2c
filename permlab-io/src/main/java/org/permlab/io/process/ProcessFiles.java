package org.permlab.io.process;

import java.nio.file.Path;

import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Trees;

/** Tells a flowsheet file ({@code units:}) from a stage case ({@code stage:}). */
public final class ProcessFiles {

    private ProcessFiles() {
    }

    /** True for a flowsheet, false for a stage case; other files are reported as bad input. */
    public static boolean isFlowsheet(Path file, String source) {
        MapNode root = Trees.read(file, source).asMap();
        if (root.has("units")) {
            return true;
        }
        if (root.has("stage")) {
            return false;
        }
        throw root.error("neither a stage case (it would have stage:) nor a flowsheet (it would have units:); see "
                + "docs/process.md");
    }
}
