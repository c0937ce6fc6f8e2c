package org.permlab.io.pals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.permlab.error.InvalidInputException;
import org.permlab.io.safety.InputLimits;

/**
 * A Fortran FORMAT for reading numbers, as PATFIT and PALSfit control files give it for the spectrum, e.g.
 * {@code (/,(i6,9i7))} (skip a header record, then records of one 6-wide and nine 7-wide integers) or
 * {@code (10i6)}.
 *
 * <p>Supported edit descriptors: {@code Iw}, {@code Fw.d}, {@code Ew.d}, {@code Dw.d}, {@code Gw.d} (read as
 * plain numbers in a field of width w), {@code nX} (skip n columns), {@code /} (next record), repeat counts and
 * nested groups. Format reversion is Fortran's: when the list is used up and more values are wanted, a new record
 * starts and reading resumes at the last top-level parenthesised group (with its repeat count), or at the start
 * when there is none. A blank field reads as 0, as in Fortran; a field wholly beyond the end of a record means
 * the record is short, which is an error unless every value has been read.
 */
public final class FortranFormat {

    /** One edit: a numeric field of a width, a skip of columns, or a new record. */
    private sealed interface Edit permits Field, Skip, NewRecord {
    }

    private record Field(int width, char kind) implements Edit {
    }

    private record Skip(int columns) implements Edit {
    }

    private record NewRecord() implements Edit {
    }

    private final String text;
    /** The edits of the whole format, flattened. */
    private final List<Edit> edits;
    /** Where reversion resumes: an index into {@link #edits}. */
    private final int reversionStart;

    private FortranFormat(String text, List<Edit> edits, int reversionStart) {
        this.text = text;
        this.edits = List.copyOf(edits);
        this.reversionStart = reversionStart;
    }

    /** The format as written. */
    public String text() {
        return text;
    }

    /**
     * Parses a format such as {@code (/,(i6,9i7))}.
     *
     * @throws InvalidInputException naming the column of the problem (field {@code format})
     */
    public static FortranFormat parse(String text) {
        String s = text.strip();
        Parser p = new Parser(s);
        p.skipSpaces();
        p.expect('(');
        List<Edit> edits = new ArrayList<>();
        int[] lastGroupStart = {-1};
        p.list(edits, true, lastGroupStart);
        p.expect(')');
        p.skipSpaces();
        if (!p.atEnd()) {
            throw p.error("unexpected text after the closing parenthesis");
        }
        if (edits.stream().noneMatch(e -> e instanceof Field)) {
            throw InvalidInputException.of("format", "'" + text + "' reads no numbers (it has no I, F, E, D or G "
                    + "descriptor)");
        }
        return new FortranFormat(s, edits, Math.max(0, lastGroupStart[0]));
    }

    /** A value read, with where it was. */
    public record Value(double value, int line, int column) {
    }

    /**
     * Reads {@code count} numbers from the records {@code lines[from..]}.
     *
     * @param lines      the file's lines
     * @param from       index of the first record to read (0-based)
     * @param firstLine  the 1-based line number of {@code lines[0]} in the file, for messages
     * @param count      how many numbers
     * @param source     the file, for messages
     */
    public List<Value> read(List<String> lines, int from, int firstLine, int count, String source) {
        if (count > SpectrumReader.MAX_CHANNELS) {
            throw InvalidInputException.of("channels", count + " channels is more than permlab reads (at most "
                    + SpectrumReader.MAX_CHANNELS + ")");
        }
        List<Value> out = new ArrayList<>(Math.min(count, lines.size() * 16 + 16));
        int record = from;
        int column = 0;
        int index = 0;
        boolean readSomethingSinceReversion = false;
        while (out.size() < count) {
            if (index >= edits.size()) {
                if (!readSomethingSinceReversion) {
                    throw InvalidInputException.of("format", "'" + text + "' cannot read any number on reversion");
                }
                // format reversion: a new record, resume at the last top-level group
                record++;
                column = 0;
                index = reversionStart;
                readSomethingSinceReversion = false;
                continue;
            }
            Edit e = edits.get(index++);
            if (e instanceof NewRecord) {
                record++;
                column = 0;
                continue;
            }
            if (e instanceof Skip sk) {
                column += sk.columns();
                continue;
            }
            Field f = (Field) e;
            readSomethingSinceReversion = true;
            if (record >= lines.size()) {
                throw InvalidInputException.at(source, firstLine + lines.size(), 0, "spectrum",
                        "the file ends after " + out.size() + " channels; expected " + count);
            }
            String line = lines.get(record);
            int lineNo = firstLine + record;
            if (column >= line.stripTrailing().length()) {
                boolean lastData = true;
                for (int r = record + 1; r < lines.size(); r++) {
                    lastData &= lines.get(r).isBlank();
                }
                if (lastData) {
                    throw InvalidInputException.at(source, lineNo, column + 1, "spectrum", "the data end after "
                            + out.size() + " channels; expected " + count);
                }
                String more = record + 1 < lines.size() ? " (the next lines are not read: a short record ends the "
                        + "data only after the last channel)" : "";
                throw InvalidInputException.at(source, lineNo, column + 1, "spectrum", "the line ends after "
                        + out.size() + " of " + count + " channels; format " + text + " expects a field of width "
                        + f.width() + " here" + more);
            }
            String cell = line.substring(column, Math.min(line.length(), column + f.width()));
            out.add(new Value(parseCell(cell, f, source, lineNo, column + 1), lineNo, column + 1));
            column += f.width();
        }
        return out;
    }

    private static double parseCell(String cell, Field f, String source, int line, int column) {
        String t = cell.strip();
        if (t.isEmpty()) {
            return 0.0; // Fortran: a blank field is zero
        }
        try {
            if (f.kind() == 'I') {
                return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            }
            double v = Double.parseDouble(t.replace('D', 'E').replace('d', 'e'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            String what = f.kind() == 'I' ? "an integer" : "a number";
            throw InvalidInputException.at(source, line, column, "spectrum", "expected " + what + " in the "
                    + f.width() + "-wide field, got '" + t + "'");
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /** A recursive-descent parser of the format text. */
    /** The most edit descriptors a format may expand to (repeat counts multiplied out). */
    static final int MAX_EDITS = 1 << 20;

    private static final class Parser {
        private final String s;
        private int pos;
        private int depth;

        Parser(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        void skipSpaces() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        char peek() {
            skipSpaces();
            return atEnd() ? '\0' : s.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        InvalidInputException error(String problem) {
            return InvalidInputException.of("format", "'" + s + "' at column " + (pos + 1) + ": " + problem
                    + " (a Fortran format such as (/,(i6,9i7)) or (10i6))");
        }

        int number() {
            skipSpaces();
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                return -1;
            }
            if (pos - start > 7) {
                throw error("the count " + s.substring(start, pos) + " is larger than permlab reads (at most "
                        + MAX_EDITS + ")");
            }
            return Integer.parseInt(s.substring(start, pos));
        }

        void checkSize(long edits) {
            if (edits > MAX_EDITS) {
                throw error("the format expands to more than " + MAX_EDITS + " descriptors");
            }
        }

        /** Parses items up to the closing parenthesis of this list. */
        void list(List<Edit> out, boolean topLevel, int[] lastGroupStart) {
            boolean first = true;
            while (true) {
                char c = peek();
                if (c == ')') {
                    return;
                }
                if (atEnd()) {
                    throw error("the format ends without its closing parenthesis");
                }
                if (!first) {
                    if (c == ',') {
                        pos++;
                        c = peek();
                    } else if (c != '/' && !(out.size() > 0 && out.get(out.size() - 1) instanceof NewRecord)) {
                        throw error("expected ',' between items");
                    }
                }
                if (c == '/') {
                    pos++;
                    out.add(new NewRecord());
                    first = false;
                    continue;
                }
                item(out, topLevel, lastGroupStart);
                first = false;
            }
        }

        void item(List<Edit> out, boolean topLevel, int[] lastGroupStart) {
            int repeat = number();
            char c = Character.toUpperCase(peek());
            if (c == '(') {
                pos++;
                int start = out.size();
                List<Edit> inner = new ArrayList<>();
                if (++depth > InputLimits.DEFAULT.maxNesting()) {
                    throw error("groups nested more than " + InputLimits.DEFAULT.maxNesting() + " deep");
                }
                list(inner, false, new int[] {-1});
                depth--;
                expect(')');
                checkSize(out.size() + (long) inner.size() * Math.max(1, repeat));
                if (topLevel) {
                    lastGroupStart[0] = start;
                }
                for (int r = 0; r < Math.max(1, repeat); r++) {
                    out.addAll(inner);
                }
                return;
            }
            if (c == 'X') {
                pos++;
                out.add(new Skip(Math.max(1, repeat)));
                return;
            }
            if (c == 'I' || c == 'F' || c == 'E' || c == 'D' || c == 'G') {
                pos++;
                int width = number();
                if (width <= 0) {
                    throw error("the " + c + " descriptor needs a width");
                }
                if (peek() == '.') {
                    pos++;
                    if (number() < 0) {
                        throw error("expected the number of decimals after '.'");
                    }
                }
                if (c == 'E' && Character.toUpperCase(peek()) == 'E') {
                    pos++;
                    number();
                }
                checkSize(out.size() + (long) Math.max(1, repeat));
                for (int r = 0; r < Math.max(1, repeat); r++) {
                    out.add(new Field(width, c));
                }
                return;
            }
            if (atEnd()) {
                throw error("the format ends without its closing parenthesis");
            }
            throw error("unsupported descriptor '" + s.substring(pos, pos + 1).toLowerCase(Locale.ROOT) + "'");
        }
    }
}
