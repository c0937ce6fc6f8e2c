package org.permlab.error;

import java.util.Objects;
import java.util.Optional;

/**
 * Bad input: says what was expected and where (a file with line and column, an option, or a field path).
 *
 * <p>The message is one line, formatted as {@code where: field: problem}, for example
 * {@code study.yaml:12:14: samples[1].thickness: must be positive, got -3 um}.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    private InvalidInputException(String source, int line, int column, String field, String problem, Throwable cause) {
        super(format(source, line, column, field, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** A problem with a named argument or field, no file position (e.g. a command-line option). */
    public static InvalidInputException of(String field, String problem) {
        return new InvalidInputException(null, 0, 0, field, problem, null);
    }

    /** A problem at a position in a file; {@code line} and {@code column} are 1-based, 0 when unknown. */
    public static InvalidInputException at(String source, int line, int column, String field, String problem) {
        return new InvalidInputException(source, line, column, field, problem, null);
    }

    /** The same problem with its cause kept for {@code --debug}. */
    public InvalidInputException withCause(Throwable cause) {
        return new InvalidInputException(source, line, column, field, problem, cause);
    }

    /** The same problem placed in a file, when the science code did not know which file it came from. */
    public InvalidInputException inSource(String newSource, int newLine, int newColumn) {
        return new InvalidInputException(newSource, newLine, newColumn, field, problem, getCause());
    }

    /** The same problem with a field path prefixed, e.g. {@code samples[2]} + {@code area}. */
    public InvalidInputException underField(String parent) {
        String combined = field == null ? parent : parent + "." + field;
        return new InvalidInputException(source, line, column, combined, problem, getCause());
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** 1-based line, 0 when not known. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when not known. */
    public int column() {
        return column;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The problem alone, without the location. */
    public String problem() {
        return problem;
    }

    private static String format(String source, int line, int column, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        sb.append(problem.replace('\n', ' '));
        return sb.toString();
    }
}
