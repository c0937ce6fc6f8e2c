package org.permlab.io.tradeoff;

/**
 * A row that was not used.
 *
 * @param line    1-based line in the file
 * @param message one line: {@code file:line:column: field: problem}
 */
public record SkippedRow(int line, String message) {
}
