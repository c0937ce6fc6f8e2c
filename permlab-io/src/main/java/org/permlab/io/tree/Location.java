package org.permlab.io.tree;

/**
 * Where a node starts in its file.
 *
 * @param source the file as the user named it
 * @param line   1-based line
 * @param column 1-based column
 */
public record Location(String source, int line, int column) {

    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
