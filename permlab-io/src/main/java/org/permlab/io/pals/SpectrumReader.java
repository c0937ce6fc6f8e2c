package org.permlab.io.pals;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.permlab.error.InvalidInputException;
import org.permlab.io.safety.TextFile;
import org.permlab.pals.LifetimeSpectrum;

/**
 * Reads positron-lifetime spectra: plain counts, two-column channel/counts CSV, or the PATFIT/PALSfit fixed-width
 * layout given by a Fortran format. Every problem is an {@link InvalidInputException} naming file, line and
 * column: text where a count belongs, negative or non-finite counts, too few channels, all zeros.
 */
public final class SpectrumReader {

    /** The most channels a spectrum may have: 16 times the 65536 of the largest multichannel analysers. */
    public static final int MAX_CHANNELS = 1 << 20;

    private SpectrumReader() {
    }

    /**
     * Reads a spectrum file.
     *
     * @param file           the file
     * @param source         how to name it in messages
     * @param format         the layout
     * @param channelWidthNs the channel width, ns
     * @param selector       which spectrum of a multi-spectrum file: its header line, or its 1-based number
     *                       ("2"); empty for the first
     * @param channels       for the Fortran layout, how many channels to read; for plain counts and CSV, how many
     *                       the spectrum must have (a file with another count, e.g. a truncated one, is refused)
     */
    public static SpectrumFile read(Path file, String source, SpectrumFormat format, double channelWidthNs,
            Optional<String> selector, Optional<Integer> channels) {
        return parse(text(file, source), source, format, channelWidthNs, selector, channels, 1);
    }

    /**
     * The text of a file through {@link TextFile}: a byte-order mark removed, UTF-8 or else Windows-1252 (files
     * from older Windows programs), binary and oversized files refused.
     */
    static String text(Path file, String source) {
        return TextFile.read(file, source).text();
    }

    /**
     * Parses spectrum text.
     *
     * @param firstLine the file line number of the text's first line (for spectra inline in a control file)
     */
    public static SpectrumFile parse(String text, String source, SpectrumFormat format, double channelWidthNs,
            Optional<String> selector, Optional<Integer> channels, int firstLine) {
        if (text.isBlank()) {
            throw InvalidInputException.at(source, 1, 1, "spectrum", "the file is empty");
        }
        if (channels.isPresent() && (channels.get() < 1 || channels.get() > MAX_CHANNELS)) {
            throw InvalidInputException.of("channels", "expected a number of channels from 1 to " + MAX_CHANNELS
                    + ", got " + channels.get());
        }
        SpectrumFormat.Kind kind = format.kind();
        if (kind == SpectrumFormat.Kind.AUTO) {
            kind = source.toLowerCase(Locale.ROOT).endsWith(".csv") ? SpectrumFormat.Kind.CSV
                    : SpectrumFormat.Kind.PLAIN;
        }
        if (kind == SpectrumFormat.Kind.FORTRAN) {
            return fortran(text, source, format.fortran().orElseThrow(), channelWidthNs, selector,
                    channels.orElseThrow(() -> InvalidInputException.of("channels",
                            "a Fortran-format spectrum needs its number of channels")), firstLine);
        }
        SpectrumFile read = kind == SpectrumFormat.Kind.CSV ? csv(text, source, channelWidthNs)
                : plain(text, source, channelWidthNs, selector, firstLine);
        int found = read.spectrum().channels();
        if (channels.isPresent() && channels.get() != found) {
            throw InvalidInputException.at(source, firstLine, 1, "channels", "expected " + channels.get()
                    + " channels, the spectrum has " + found + " (a truncated file?)");
        }
        return read;
    }

    private static SpectrumFile fortran(String text, String source, FortranFormat format, double width,
            Optional<String> selector, int channels, int firstLine) {
        if (channels < 1) {
            throw InvalidInputException.of("channels", "expected a positive number of channels, got " + channels);
        }
        List<String> lines = text.lines().toList();
        int start = 0;
        List<String> notes = new ArrayList<>();
        String label = lines.isEmpty() ? source : lines.get(0).strip();
        if (selector.isPresent() && !selector.get().isBlank()) {
            int found = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals(selector.get().strip())) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                notes.add("the header '" + selector.get().strip() + "' is not in the file; read from its first line");
            } else {
                start = found;
                label = lines.get(found).strip();
            }
        }
        List<FortranFormat.Value> values = format.read(lines, start, firstLine, channels, source);
        double[] counts = new double[channels];
        for (int i = 0; i < channels; i++) {
            FortranFormat.Value v = values.get(i);
            if (v.value() < 0) {
                throw InvalidInputException.at(source, v.line(), v.column(), "channel " + (i + 1),
                        "negative count " + fmt(v.value()));
            }
            if (!(v.value() <= LifetimeSpectrum.MAX_COUNT)) {
                throw InvalidInputException.at(source, v.line(), v.column(), "channel " + (i + 1),
                        LifetimeSpectrum.tooLarge(v.value()));
            }
            counts[i] = v.value();
        }
        return new SpectrumFile(spectrum(label.isEmpty() ? source : label, counts, width, source), source,
                "fortran " + format.text(), 1, notes);
    }

    private static SpectrumFile plain(String text, String source, double width, Optional<String> selector,
            int firstLine) {
        List<String> lines = text.lines().toList();
        // split into blocks of lines separated by blank lines; each block is header lines then numbers
        List<int[]> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            int begin = i;
            while (i < lines.size() && !lines.get(i).isBlank()) {
                i++;
            }
            if (i > begin) {
                blocks.add(new int[] {begin, i});
            }
        }
        // a block without numbers (a title, a comment) belongs to the next one
        List<int[]> spectra = new ArrayList<>();
        int pendingStart = -1;
        for (int[] b : blocks) {
            boolean hasData = false;
            for (int k = b[0]; k < b[1]; k++) {
                hasData |= numeric(lines.get(k));
            }
            int begin = pendingStart >= 0 ? pendingStart : b[0];
            if (hasData) {
                spectra.add(new int[] {begin, b[1]});
                pendingStart = -1;
            } else if (pendingStart < 0) {
                pendingStart = b[0];
            }
        }
        if (spectra.isEmpty()) {
            throw InvalidInputException.at(source, firstLine, 1, "spectrum", "no counts found: every line is text");
        }
        for (int s = 1; s < spectra.size(); s++) {
            int begin = spectra.get(s)[0];
            if (numeric(lines.get(begin))) {
                int blank = begin - 1;
                while (blank > 0 && lines.get(blank - 1).isBlank()) {
                    blank--;
                }
                throw InvalidInputException.at(source, firstLine + blank, 1, "spectrum", "a blank line splits the "
                        + "counts (" + numbers(lines, spectra.get(s - 1)) + " numbers before it, "
                        + numbers(lines, spectra.get(s)) + " after); in a file of several spectra each starts with "
                        + "a header line. Remove the blank line if this is one spectrum");
            }
        }
        int chosen = 0;
        List<String> notes = new ArrayList<>();
        if (selector.isPresent() && !selector.get().isBlank()) {
            String sel = selector.get().strip();
            chosen = -1;
            if (sel.matches("\\d+")) {
                chosen = Integer.parseInt(sel) - 1;
                if (chosen < 0 || chosen >= spectra.size()) {
                    throw InvalidInputException.of("spectrum", source + " holds " + spectra.size()
                            + " spectra; there is no number " + sel);
                }
            } else {
                for (int s = 0; s < spectra.size() && chosen < 0; s++) {
                    for (int k = spectra.get(s)[0]; k < spectra.get(s)[1]; k++) {
                        if (lines.get(k).strip().equals(sel)) {
                            chosen = s;
                            break;
                        }
                    }
                }
                if (chosen < 0) {
                    throw InvalidInputException.of("spectrum", source + " has no spectrum with the header '" + sel
                            + "'");
                }
            }
        }
        if (spectra.size() > 1) {
            notes.add("the file holds " + spectra.size() + " spectra; read number " + (chosen + 1));
        }
        int[] block = spectra.get(chosen);
        // header lines: the leading lines that are not all numbers
        int k = block[0];
        List<String> header = new ArrayList<>();
        while (k < block[1] && !numeric(lines.get(k))) {
            header.add(lines.get(k).strip());
            k++;
        }
        // PALSfit: a first data line with fewer numbers than the following ones is descriptive, and skipped
        if (k + 2 < block[1]) {
            int first = tokens(lines.get(k)).length;
            int second = tokens(lines.get(k + 1)).length;
            boolean regular = true;
            for (int j = k + 2; j < block[1] - 1; j++) {
                regular &= tokens(lines.get(j)).length == second;
            }
            if (regular && second > 1 && first < second) {
                notes.add("line " + (firstLine + k) + " has fewer numbers than the lines after it and was skipped as "
                        + "a header (PALSfit's rule)");
                header.add(lines.get(k).strip());
                k++;
            }
        }
        Optional<String> layout = columnLayout(lines, k, block[1]);
        if (layout.isPresent()) {
            throw InvalidInputException.at(source, firstLine + k, 1, "spectrum", layout.get());
        }
        // a leading line holding only the number of channels that follow (MCA exports) is a header
        if (k + 1 < block[1] && tokens(lines.get(k)).length == 1) {
            long following = 0;
            for (int j = k + 1; j < block[1]; j++) {
                following += tokens(lines.get(j)).length;
            }
            String only = tokens(lines.get(k))[0];
            if (isNumber(only) && Double.parseDouble(only) == following) {
                notes.add("line " + (firstLine + k) + " holds the number of channels that follow (" + only
                        + ") and was read as a header, not as channel 1");
                header.add(lines.get(k).strip());
                k++;
            }
        }
        List<Double> counts = new ArrayList<>();
        for (int j = k; j < block[1]; j++) {
            String line = lines.get(j);
            int lineNo = firstLine + j;
            int col = 0;
            for (String tok : line.split("[\\s,;]+", -1)) {
                if (tok.isEmpty()) {
                    continue;
                }
                col = line.indexOf(tok, col) + 1;
                double v;
                try {
                    v = Double.parseDouble(tok);
                } catch (NumberFormatException e) {
                    throw InvalidInputException.at(source, lineNo, col, "channel " + (counts.size() + 1),
                            "expected a count, got '" + tok + "'");
                }
                if (!Double.isFinite(v)) {
                    throw InvalidInputException.at(source, lineNo, col, "channel " + (counts.size() + 1),
                            "count is not a finite number: '" + tok + "'");
                }
                if (v < 0) {
                    throw InvalidInputException.at(source, lineNo, col, "channel " + (counts.size() + 1),
                            "negative count " + tok);
                }
                if (v > LifetimeSpectrum.MAX_COUNT) {
                    throw InvalidInputException.at(source, lineNo, col, "channel " + (counts.size() + 1),
                            LifetimeSpectrum.tooLarge(v));
                }
                if (v != Math.rint(v)) {
                    throw InvalidInputException.at(source, lineNo, col, "channel " + (counts.size() + 1),
                            "a count is a whole number of events, got '" + tok + "'");
                }
                counts.add(v);
                col += tok.length() - 1;
            }
        }
        String label = header.isEmpty() ? source : header.get(0);
        double[] c = counts.stream().mapToDouble(Double::doubleValue).toArray();
        return new SpectrumFile(spectrum(label, c, width, source), source, "plain", 1, notes);
    }

    private static SpectrumFile csv(String text, String source, double width) {
        char sep = text.lines().findFirst().map(l -> l.contains(";") ? ';' : l.contains("\t") ? '\t' : ',')
                .orElse(',');
        List<Double> counts = new ArrayList<>();
        int firstChannel = Integer.MIN_VALUE;
        int expected = 0;
        String label = source;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(sep)
                .commentStrategy(CommentStrategy.SKIP).commentCharacter('#')
                .extraFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(new StringReader(text))) {
            for (CsvRecord rec : reader) {
                int line = (int) rec.getStartingLineNumber();
                if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
                    continue;
                }
                if (rec.getFieldCount() < 2) {
                    throw InvalidInputException.at(source, line, 1, "spectrum",
                            "expected two columns, channel and counts, got " + rec.getFieldCount());
                }
                String ch = rec.getField(0).strip();
                String ct = rec.getField(1).strip();
                if (firstChannel == Integer.MIN_VALUE && counts.isEmpty() && !isNumber(ch)) {
                    label = ch + " / " + ct; // a header row
                    continue;
                }
                int channel;
                try {
                    channel = Integer.parseInt(ch);
                } catch (NumberFormatException e) {
                    throw InvalidInputException.at(source, line, 1, "channel", "expected a whole channel number, got '"
                            + ch + "'");
                }
                if (firstChannel == Integer.MIN_VALUE) {
                    firstChannel = channel;
                    expected = channel;
                }
                if (channel != expected) {
                    throw InvalidInputException.at(source, line, 1, "channel", "channels must be consecutive: expected "
                            + expected + ", got " + channel);
                }
                expected++;
                double v;
                try {
                    v = Double.parseDouble(ct);
                } catch (NumberFormatException e) {
                    throw InvalidInputException.at(source, line, 2, "counts", "expected a count, got '" + ct + "'");
                }
                if (!Double.isFinite(v)) {
                    throw InvalidInputException.at(source, line, 2, "counts", "count is not a finite number: '" + ct
                            + "'");
                }
                if (v < 0) {
                    throw InvalidInputException.at(source, line, 2, "counts", "negative count " + ct);
                }
                if (v > LifetimeSpectrum.MAX_COUNT) {
                    throw InvalidInputException.at(source, line, 2, "counts", LifetimeSpectrum.tooLarge(v));
                }
                counts.add(v);
            }
        } catch (CsvParseException e) {
            throw InvalidInputException.of(source, "cannot read as CSV: " + e.getMessage());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw InvalidInputException.of(source, "cannot read as CSV: " + e.getMessage());
        }
        if (counts.isEmpty()) {
            throw InvalidInputException.at(source, 1, 1, "spectrum", "no channel/counts rows found");
        }
        List<String> notes = new ArrayList<>();
        if (firstChannel != 1) {
            notes.add("the file numbers channels from " + firstChannel + "; permlab's channel 1 is the file's "
                    + firstChannel);
        }
        double[] c = counts.stream().mapToDouble(Double::doubleValue).toArray();
        return new SpectrumFile(spectrum(label, c, width, source), source, "csv", firstChannel, notes);
    }

    private static LifetimeSpectrum spectrum(String label, double[] counts, double width, String source) {
        try {
            return new LifetimeSpectrum(label, counts, width);
        } catch (InvalidInputException e) {
            throw InvalidInputException.at(source, 0, 0, e.field().orElse("spectrum"), e.problem()).withCause(e);
        }
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long numbers(List<String> lines, int[] block) {
        long n = 0;
        for (int k = block[0]; k < block[1]; k++) {
            if (numeric(lines.get(k))) {
                n += tokens(lines.get(k)).length;
            }
        }
        return n;
    }

    /**
     * A diagnosis when the data lines are not a plain list of counts but two columns: channel numbers beside
     * counts (read them with the CSV layout), or counts written with decimal commas ("1234,0").
     */
    private static Optional<String> columnLayout(List<String> lines, int from, int to) {
        if (to - from < 3) {
            return Optional.empty();
        }
        boolean twoTokens = true;
        boolean consecutive = true;
        boolean commaPairs = true;
        long previous = Long.MIN_VALUE;
        for (int j = from; j < to && (twoTokens || commaPairs); j++) {
            String line = lines.get(j).strip();
            String[] t = tokens(line);
            twoTokens &= t.length == 2;
            commaPairs &= line.matches("\\d+,\\d+");
            if (t.length == 2 && t[0].matches("\\d+")) {
                long ch = Long.parseLong(t[0]);
                consecutive &= previous == Long.MIN_VALUE || ch == previous + 1;
                previous = ch;
            } else {
                consecutive = false;
            }
        }
        if (twoTokens && consecutive) {
            return Optional.of("the lines are two columns, a channel number and a count; read the file with the CSV "
                    + "layout (--format csv, or name it .csv), which takes channel/count rows");
        }
        if (commaPairs) {
            return Optional.of("every line is 'digits,digits': counts written with a decimal comma? permlab reads "
                    + "whole-number counts, one or more per line, separated by spaces, commas or semicolons");
        }
        return Optional.empty();
    }

    private static String[] tokens(String line) {
        String t = line.strip();
        return t.isEmpty() ? new String[0] : t.split("[\\s,;]+");
    }

    /** A line all of whose tokens are numbers (a data line). */
    private static boolean numeric(String line) {
        String[] t = tokens(line);
        if (t.length == 0) {
            return false;
        }
        for (String s : t) {
            if (!isNumber(s)) {
                return false;
            }
        }
        return true;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
