package org.permlab.io.permeation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;
import org.permlab.error.InvalidInputException;
import org.permlab.io.safety.CsvDialect;
import org.permlab.gas.GasDatabase;
import org.permlab.permeation.GcCalibration;
import org.permlab.permeation.RigLog;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;

/**
 * Reads a rig log: a CSV file whose header names each column and its unit, one row per GC injection (format:
 * docs/permeation.md).
 *
 * <p>Problems with the file as a whole (a missing column, a column without a unit, an unknown unit, no data) are
 * thrown as {@link InvalidInputException}s naming the column. Problems with one row (time going backwards, a
 * negative flow, GC fractions summing to 1 or more, a cell that is not a number) are recorded in
 * {@link RigLog#problems()} with the row, line and column, so that the conditions without them are still reduced.
 *
 * <p>Cells are parsed straight from FastCSV's character buffer with FastDoubleParser (no string per cell): this is
 * the hot path of a long log (docs/benchmarks.md).
 */
public final class RigLogReader {

    private static final Pattern HEADER = Pattern.compile("^\\s*([^\\[\\]]*?)\\s*(?:\\[(.*)\\])?\\s*$");

    private static final int IGNORED = 0;
    private static final int TIME = 1;
    private static final int FEED = 2;
    private static final int SWEEP = 3;
    private static final int P_FEED = 4;
    private static final int P_PERM = 5;
    private static final int TEMPERATURE = 6;
    private static final int FRACTION = 7;
    private static final int AREA = 8;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private RigLogReader() {
    }

    /**
     * Reads a log file.
     *
     * @param file          the CSV file
     * @param source        how to name it in messages
     * @param flowReference the reference state of the mass-flow controllers' plain mL/min
     * @param calibration   the GC calibration, needed when the log has peak-area columns
     */
    public static RigLog read(Path file, String source, ReferenceState flowReference,
            Optional<GcCalibration> calibration) {
        try {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read(reader, source, flowReference, calibration);
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CharacterCodingException)) {
                    throw e;
                }
            }
            // not UTF-8: a spreadsheet or rig PC on Windows writes its code page (° as 0xB0), as TextFile reads
            try (Reader reader = Files.newBufferedReader(file, WINDOWS_1252)) {
                return read(reader, source, flowReference, calibration);
            }
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(source, "file not found");
        } catch (IOException e) {
            throw InvalidInputException.of(source, "cannot read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw InvalidInputException.of(source, "cannot read: " + e.getCause().getMessage());
        }
    }

    /** Reads a log from text (tests, benchmarks). */
    public static RigLog read(Reader text, String source, ReferenceState flowReference,
            Optional<GcCalibration> calibration) {
        text = withoutByteOrderMark(text, source);
        BufferedReader buffered = new BufferedReader(text, DIALECT_LOOKAHEAD);
        CsvDialect dialect = dialect(buffered, source);
        Handler h = new Handler(source, flowReference, calibration, dialect.decimalComma());
        text = buffered;
        try (CsvReader<Boolean> csv = CsvReader.builder().fieldSeparator(dialect.separator())
                .commentStrategy(CommentStrategy.SKIP).commentCharacter('#')
                .skipEmptyLines(true).extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).build(h, text)) {
            // the handler keeps every row itself and hands none back, so one hasNext() reads the whole log
            if (csv.iterator().hasNext()) {
                throw new IllegalStateException("the rig-log handler returned a record");
            }
        } catch (CsvParseException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof InvalidInputException bad) {
                    throw bad;
                }
                if (c instanceof CharacterCodingException coding) {
                    throw new UncheckedIOException(coding);
                }
            }
            throw InvalidInputException.of(source, "not a valid CSV file: " + e.getMessage()).withCause(e);
        } catch (IOException e) {
            throw unreadable(e, source);
        }
        if (h.header == null) {
            throw InvalidInputException.at(source, 1, 0, null, "the file is empty (expected a header such as "
                    + "'time [h],feed_flow_He [mL/min],...')");
        }
        if (h.rows == 0) {
            throw InvalidInputException.at(source, h.headerLine + 1, 0, null, "the log has a header but no data rows");
        }
        return h.build();
    }

    /**
     * A read failure: bytes that are not in the charset tried pass up unchecked (so that the file is read again in
     * the next charset); anything else is the file's error.
     */
    private static RuntimeException unreadable(IOException e, String source) {
        if (e instanceof CharacterCodingException) {
            return new UncheckedIOException(e);
        }
        return InvalidInputException.of(source, "cannot read: " + e.getMessage());
    }

    /** How far ahead the header line is looked for, characters. */
    private static final int DIALECT_LOOKAHEAD = 1 << 16;

    /**
     * The dialect of a log, from its header line (the first line that is neither blank nor a comment): semicolons
     * and no commas there mean the semicolon/decimal-comma dialect. The reader is reset to where it was.
     */
    static CsvDialect dialect(BufferedReader text, String source) {
        try {
            text.mark(DIALECT_LOOKAHEAD);
            int read = 0;
            String line;
            CsvDialect d = CsvDialect.COMMA;
            while ((line = text.readLine()) != null) {
                read += line.length() + 1;
                if (read >= DIALECT_LOOKAHEAD) {
                    break;
                }
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                d = CsvDialect.ofHeader(t);
                break;
            }
            text.reset();
            return d;
        } catch (IOException e) {
            throw unreadable(e, source);
        }
    }

    /** The text after a leading byte-order mark (Excel's "CSV UTF-8" writes one). */
    private static Reader withoutByteOrderMark(Reader text, String source) {
        java.io.PushbackReader r = new java.io.PushbackReader(text, 1);
        try {
            int c = r.read();
            if (c != -1 && c != '\uFEFF') {
                r.unread(c);
            }
        } catch (IOException e) {
            throw unreadable(e, source);
        }
        return r;
    }

    /** One column of the header. */
    private record Column(int role, int index, String text, String name, double factor, double offset) {
    }

    /**
     * The lowest temperature a permeation test is taken to run at, K. Membrane rigs run from about 77 K (liquid
     * nitrogen) up, and gas-separation tests from room temperature; a reading below this is almost surely degrees
     * Celsius under a kelvin header (25 C read as 25 K), which would put Ea out by a factor of about 30.
     */
    static final double MIN_PLAUSIBLE_TEMPERATURE_K = 150.0;

    /** The highest permeation temperature taken as real, K (ceramic and metal membranes are tested to about 1300 K). */
    static final double MAX_PLAUSIBLE_TEMPERATURE_K = 2000.0;

    /** The largest feed or sweep flow taken as real, mol/s: laboratory mass-flow controllers give at most L/min. */
    static final double MAX_PLAUSIBLE_FLOW_MOL_PER_S = 1.0;

    /** The highest absolute pressure taken as real, Pa (1000 bar). */
    static final double MAX_PLAUSIBLE_PRESSURE_PA = 1e8;

    /** The largest time taken as real, s (about a century). */
    static final double MAX_PLAUSIBLE_TIME_S = 3.2e9;

    private static final class Handler extends AbstractBaseCsvCallbackHandler<Boolean> {
        private final String source;
        private final ReferenceState ref;
        private final Optional<GcCalibration> calibration;
        private Column[] header;
        private int headerLine;
        private final List<String> feedGases = new ArrayList<>();
        private final List<String> gcSpecies = new ArrayList<>();
        private String sweepGas;
        private double[][] calib;
        private int rows;
        private int capacity = 1024;
        private double[] time = new double[capacity];
        private double[] sweep = new double[capacity];
        private double[] pFeed = new double[capacity];
        private double[] pPerm = new double[capacity];
        private double[] temp = new double[capacity];
        private double[][] feed;
        private double[][] y;
        private int[] line = new int[capacity];
        private final List<RigLog.RowProblem> problems = new ArrayList<>();
        private long currentLine;
        private int fieldsSeen;
        private RigLog.RowProblem rowProblem;
        private final List<String> headerCells = new ArrayList<>();
        /** Whether every cell of the current line so far is blank. */
        private boolean blank;
        /** Whether numbers are written with a decimal comma (the semicolon dialect). */
        private final boolean decimalComma;
        /** A number's characters with its decimal comma made a point. */
        private char[] scratch = new char[64];

        Handler(String source, ReferenceState ref, Optional<GcCalibration> calibration, boolean decimalComma) {
            this.source = source;
            this.ref = ref;
            this.calibration = calibration;
            this.decimalComma = decimalComma;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            currentLine = startingLineNumber;
            fieldsSeen = 0;
            blank = true;
            rowProblem = null;
            if (header != null) {
                if (rows == capacity) {
                    grow();
                }
                time[rows] = Double.NaN;
                line[rows] = (int) startingLineNumber;
            }
        }

        /** A number written with a decimal comma ({@code 25,10}); a point in it is refused as ambiguous. */
        private double parseDecimalComma(char[] buf, int off, int len) {
            if (scratch.length < len) {
                scratch = new char[len];
            }
            for (int i = 0; i < len; i++) {
                char ch = buf[off + i];
                if (ch == '.') {
                    // 1.234,5 (a thousands point) or 1.5 in a decimal-comma file: either way not what the header says
                    throw new NumberFormatException();
                }
                scratch[i] = ch == ',' ? '.' : ch;
            }
            return JavaDoubleParser.parseDouble(scratch, 0, len);
        }

        @Override
        protected void handleField(int idx, char[] buf, int off, int len, boolean quoted) {
            fieldsSeen = idx + 1;
            for (int i = off; blank && i < off + len; i++) {
                blank = buf[i] == ' ' || buf[i] == '\t';
            }
            if (header == null) {
                headerCells.add(new String(buf, off, len));
                return;
            }
            if (idx >= header.length || rowProblem != null) {
                return;
            }
            Column c = header[idx];
            if (c.role == IGNORED) {
                return;
            }
            // trim blanks around the number
            while (len > 0 && buf[off] == ' ') {
                off++;
                len--;
            }
            while (len > 0 && buf[off + len - 1] == ' ') {
                len--;
            }
            if ((c.role == FRACTION || c.role == AREA) && len > 0 && notDetected(buf, off, len)) {
                y[c.index][rows] = Double.NaN;
                return;
            }
            double v;
            try {
                if (len == 0) {
                    throw new NumberFormatException();
                }
                v = decimalComma ? parseDecimalComma(buf, off, len) : JavaDoubleParser.parseDouble(buf, off, len);
            } catch (NumberFormatException e) {
                String cell = new String(buf, off, len);
                problem(idx, (c.role == FRACTION || c.role == AREA
                        ? "expected a number or 'nd' (not detected), got '" + cell + "'"
                        : "expected a number, got '" + cell + "'")
                        + (decimalComma ? " (the header is separated by ';', so numbers are read with a decimal "
                                + "comma, as 25,10)" : ""));
                return;
            }
            if (!Double.isFinite(v)) {
                problem(idx, "expected a finite number, got '" + new String(buf, off, len) + "'");
                return;
            }
            double si = v * c.factor + c.offset;
            switch (c.role) {
                case TIME -> {
                    if (!(Math.abs(si) <= MAX_PLAUSIBLE_TIME_S)) {
                        problem(idx, "a time of " + new String(buf, off, len) + " is beyond " + MAX_PLAUSIBLE_TIME_S
                                / 3.6e3 + " h (about a century); a unit slip?");
                    }
                    time[rows] = si;
                }
                case FEED -> {
                    if (si < 0) {
                        problem(idx, "a flow cannot be negative, got " + new String(buf, off, len));
                    } else if (si > MAX_PLAUSIBLE_FLOW_MOL_PER_S) {
                        problem(idx, tooMuchFlow(buf, off, len));
                    }
                    feed[c.index][rows] = si;
                }
                case SWEEP -> {
                    if (!(si > 0)) {
                        problem(idx, "the sweep flow must be positive, got " + new String(buf, off, len));
                    } else if (si > MAX_PLAUSIBLE_FLOW_MOL_PER_S) {
                        problem(idx, tooMuchFlow(buf, off, len));
                    }
                    sweep[rows] = si;
                }
                case P_FEED, P_PERM -> {
                    if (!(si > 0)) {
                        problem(idx, "an absolute pressure must be positive, got " + new String(buf, off, len));
                    } else if (si > MAX_PLAUSIBLE_PRESSURE_PA) {
                        problem(idx, "a pressure of " + new String(buf, off, len) + " is above "
                                + MAX_PLAUSIBLE_PRESSURE_PA / 1e5 + " bar, beyond any permeation cell; a unit slip?");
                    }
                    (c.role == P_FEED ? pFeed : pPerm)[rows] = si;
                }
                case TEMPERATURE -> {
                    if (!(si > 0)) {
                        problem(idx, "the temperature must be above 0 K, got " + new String(buf, off, len));
                    } else if (si > MAX_PLAUSIBLE_TEMPERATURE_K) {
                        problem(idx, "a permeation temperature of " + new String(buf, off, len) + " is above "
                                + MAX_PLAUSIBLE_TEMPERATURE_K + " K, beyond any membrane test; a unit slip?");
                    } else if (si < MIN_PLAUSIBLE_TEMPERATURE_K) {
                        problem(idx, "a permeation temperature of " + new String(buf, off, len) + " is "
                                + (float) si + " K, below " + MIN_PLAUSIBLE_TEMPERATURE_K + " K: temperatures in "
                                + "degrees C under a [K] header? Write the header's unit as [C] (or convert)");
                    }
                    temp[rows] = si;
                }
                case FRACTION -> {
                    if (si < 0 || si > 1) {
                        problem(idx, "a mole fraction must be between 0 and 1, got " + new String(buf, off, len));
                    }
                    y[c.index][rows] = si;
                }
                case AREA -> {
                    double frac = GcCalibration.moleFraction(calib[c.index], v);
                    if (v < 0 || frac < 0 || frac > 1) {
                        problem(idx, "the peak area " + new String(buf, off, len) + " calibrates to a mole fraction "
                                + "of " + frac + ", outside 0..1");
                    }
                    y[c.index][rows] = frac;
                }
                default -> {
                }
            }
        }

        private static String tooMuchFlow(char[] buf, int off, int len) {
            return "a flow of " + new String(buf, off, len) + " is above " + MAX_PLAUSIBLE_FLOW_MOL_PER_S
                    + " mol/s (about 1300 L/min at 0 C), beyond a laboratory rig's mass-flow controllers; a unit slip?";
        }

        private static boolean notDetected(char[] b, int off, int len) {
            char c0 = b[off];
            if (c0 == '<') {
                return true;
            }
            if (!Character.isLetter(c0)) {
                return false;
            }
            String s = new String(b, off, len).toLowerCase(Locale.ROOT);
            return s.equals("nd") || s.equals("n.d.") || s.equals("bdl") || s.equals("<dl") || s.equals("lod");
        }

        private void problem(int idx, String text) {
            if (rowProblem == null) {
                rowProblem = new RigLog.RowProblem(rows, (int) currentLine, idx + 1, header[idx].text, text);
            }
        }

        @Override
        protected Boolean buildRecord() {
            if (getRecordType() != RecordType.DATA) {
                return null;
            }
            if (blank && fieldsSeen <= 1) { // a line of spaces is a blank line
                if (header == null) {
                    headerCells.clear();
                }
                return null;
            }
            if (header == null) {
                parseHeader();
                headerLine = (int) currentLine;
                return null;
            }
            if (fieldsSeen != header.length && rowProblem == null) {
                rowProblem = new RigLog.RowProblem(rows, (int) currentLine, 0, null, "expected " + header.length
                        + " cells as in the header, got " + fieldsSeen);
            }
            if (rowProblem == null && rows > 0 && time[rows] < time[rows - 1]) {
                rowProblem = new RigLog.RowProblem(rows, (int) currentLine, timeColumn() + 1,
                        header[timeColumn()].text, "time goes backwards, from " + time[rows - 1] + " s to "
                                + time[rows] + " s");
            }
            if (rowProblem == null) {
                double sum = 0;
                for (double[] col : y) {
                    double v = col[rows];
                    if (!Double.isNaN(v)) {
                        sum += v;
                    }
                }
                if (sum >= 1) {
                    rowProblem = new RigLog.RowProblem(rows, (int) currentLine, 0, String.join(" + ",
                            gcSpecies.stream().map(g -> "y_" + g).toList()), "the GC mole fractions sum to " + sum
                            + "; they must stay below 1 (the rest is sweep gas)");
                }
            }
            if (rowProblem != null) {
                problems.add(rowProblem);
                if (rows > 0 && !(time[rows] >= time[rows - 1])) {
                    // keep the time column sorted so that the other conditions can still be found
                    time[rows] = time[rows - 1];
                }
            }
            rows++;
            return null;
        }

        private int timeColumn() {
            for (int i = 0; i < header.length; i++) {
                if (header[i].role == TIME) {
                    return i;
                }
            }
            return 0;
        }

        private void parseHeader() {
            List<Column> cols = new ArrayList<>();
            List<String> calibrated = new ArrayList<>();
            for (int i = 0; i < headerCells.size(); i++) {
                String text = headerCells.get(i).strip();
                Matcher m = HEADER.matcher(text);
                String name = m.matches() ? m.group(1).strip() : text;
                String unitText = m.matches() && m.group(2) != null ? m.group(2).strip() : "";
                String lower = name.toLowerCase(Locale.ROOT);
                int role;
                String gas = null;
                Dimension dim;
                if (lower.equals("time")) {
                    role = TIME;
                    dim = Dimension.TIME;
                } else if (lower.startsWith("feed_flow_")) {
                    role = FEED;
                    gas = gas(i, text, name.substring(10));
                    dim = Dimension.MOLAR_FLOW;
                } else if (lower.startsWith("sweep_flow_")) {
                    role = SWEEP;
                    gas = gas(i, text, name.substring(11));
                    dim = Dimension.MOLAR_FLOW;
                } else if (lower.equals("feed_pressure")) {
                    role = P_FEED;
                    dim = Dimension.PRESSURE;
                } else if (lower.equals("permeate_pressure")) {
                    role = P_PERM;
                    dim = Dimension.PRESSURE;
                } else if (lower.equals("temperature")) {
                    role = TEMPERATURE;
                    dim = Dimension.TEMPERATURE;
                } else if (lower.startsWith("y_")) {
                    role = FRACTION;
                    gas = gas(i, text, name.substring(2));
                    dim = Dimension.DIMENSIONLESS;
                } else if (lower.startsWith("area_")) {
                    role = AREA;
                    gas = gas(i, text, name.substring(5));
                    dim = null;
                } else {
                    cols.add(new Column(IGNORED, -1, text, name, 1, 0));
                    continue;
                }
                if (unitText.isEmpty()) {
                    throw InvalidInputException.at(source, (int) currentLine, i + 1, text, "column '" + name
                            + "' has no unit; write it as '" + name + " [" + example(role) + "]'");
                }
                for (Column c : cols) {
                    if (c.name.equalsIgnoreCase(name)) {
                        throw InvalidInputException.at(source, (int) currentLine, i + 1, text, "column '" + name
                                + "' appears twice");
                    }
                }
                double factor = 1;
                double offset = 0;
                if (dim != null) {
                    Unit unit;
                    try {
                        unit = Units.parse(unitText, dim);
                    } catch (InvalidInputException e) {
                        throw InvalidInputException.at(source, (int) currentLine, i + 1, text, e.problem());
                    }
                    offset = unit.toSi(0, ref);
                    factor = unit.toSi(1, ref) - offset;
                } else {
                    if (calibration.isEmpty()) {
                        throw InvalidInputException.at(source, (int) currentLine, i + 1, text,
                                "peak-area columns need a GC calibration file (gc-calibration)");
                    }
                    GcCalibration cal = calibration.get();
                    if (!cal.areaUnit().equalsIgnoreCase(unitText)) {
                        throw InvalidInputException.at(source, (int) currentLine, i + 1, text, "the log's peak areas "
                                + "are in '" + unitText + "' but the calibration's in '" + cal.areaUnit() + "'");
                    }
                    try {
                        cal.polynomial(gas);
                    } catch (InvalidInputException e) {
                        throw InvalidInputException.at(source, (int) currentLine, i + 1, text, e.problem());
                    }
                    calibrated.add(gas);
                }
                int index = -1;
                if (role == FEED) {
                    index = feedGases.size();
                    feedGases.add(gas);
                } else if (role == FRACTION || role == AREA) {
                    if (gcSpecies.contains(gas)) {
                        throw InvalidInputException.at(source, (int) currentLine, i + 1, text, "the GC result for "
                                + gas + " is given twice (y_ and area_ columns)");
                    }
                    index = gcSpecies.size();
                    gcSpecies.add(gas);
                } else if (role == SWEEP) {
                    if (sweepGas != null) {
                        throw InvalidInputException.at(source, (int) currentLine, i + 1, text, "only one sweep "
                                + "flow column is allowed");
                    }
                    sweepGas = gas;
                }
                cols.add(new Column(role, index, text, name, factor, offset));
            }
            header = cols.toArray(new Column[0]);
            String[][] required = {{"time", "time [h]"}, {"sweep_flow_", "sweep_flow_Ar [mL/min]"},
                {"feed_pressure", "feed_pressure [bar]"}, {"permeate_pressure", "permeate_pressure [bar]"},
                {"temperature", "temperature [K]"}, {"feed_flow_", "feed_flow_He [mL/min]"}};
            for (String[] r : required) {
                boolean found = Arrays.stream(header).anyMatch(c -> c.role != IGNORED
                        && c.name.toLowerCase(Locale.ROOT).startsWith(r[0]));
                if (!found) {
                    throw InvalidInputException.at(source, (int) currentLine, 0, r[0].endsWith("_") ? r[0] + "GAS"
                            : r[0], "missing column '" + r[1] + "' (the header has: " + String.join(", ",
                                    headerCells) + ")");
                }
            }
            if (gcSpecies.isEmpty()) {
                throw InvalidInputException.at(source, (int) currentLine, 0, "y_GAS", "missing GC columns: "
                        + "expected mole fractions such as 'y_He [%]' or peak areas such as 'area_He [pA s]'");
            }
            feed = new double[feedGases.size()][capacity];
            y = new double[gcSpecies.size()][capacity];
            calib = new double[gcSpecies.size()][];
            for (int k = 0; k < gcSpecies.size(); k++) {
                if (calibrated.contains(gcSpecies.get(k))) {
                    calib[k] = calibration.orElseThrow().polynomial(gcSpecies.get(k));
                }
            }
        }

        private String gas(int i, String text, String name) {
            return GasDatabase.standard().find(name).map(s -> s.formula()).orElseThrow(() -> InvalidInputException
                    .at(source, (int) currentLine, i + 1, text, "unknown gas '" + name + "' in the column name"));
        }

        private static String example(int role) {
            return switch (role) {
                case TIME -> "h";
                case FEED, SWEEP -> "mL/min";
                case P_FEED, P_PERM -> "bar";
                case TEMPERATURE -> "K";
                case FRACTION -> "% or ppm or 1";
                default -> "pA s";
            };
        }

        private void grow() {
            capacity *= 2;
            time = Arrays.copyOf(time, capacity);
            sweep = Arrays.copyOf(sweep, capacity);
            pFeed = Arrays.copyOf(pFeed, capacity);
            pPerm = Arrays.copyOf(pPerm, capacity);
            temp = Arrays.copyOf(temp, capacity);
            line = Arrays.copyOf(line, capacity);
            for (int g = 0; g < feed.length; g++) {
                feed[g] = Arrays.copyOf(feed[g], capacity);
            }
            for (int k = 0; k < y.length; k++) {
                y[k] = Arrays.copyOf(y[k], capacity);
            }
        }

        RigLog build() {
            double[][] f = new double[feed.length][];
            for (int g = 0; g < f.length; g++) {
                f[g] = Arrays.copyOf(feed[g], rows);
            }
            double[][] yy = new double[y.length][];
            for (int k = 0; k < yy.length; k++) {
                yy[k] = Arrays.copyOf(y[k], rows);
            }
            return new RigLog(source, feedGases, gcSpecies, sweepGas, Arrays.copyOf(time, rows), f,
                    Arrays.copyOf(sweep, rows), Arrays.copyOf(pFeed, rows), Arrays.copyOf(pPerm, rows),
                    Arrays.copyOf(temp, rows), yy, Arrays.copyOf(line, rows), problems);
        }
    }
}
