package org.permlab.io.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.permlab.error.InvalidInputException;

/**
 * A text file as every permlab reader sees it: decoded (a UTF-8 or UTF-16 byte-order mark is honoured and removed;
 * otherwise UTF-8, and Windows-1252 when the bytes are not valid UTF-8, as instrument software on Windows writes),
 * split into lines at CR LF, LF or CR, and refused with one line when it is missing, binary or larger than the
 * {@link InputLimits}.
 *
 * @param source   how the file is named in messages (the path as the user gave it)
 * @param text     the decoded text, without a byte-order mark
 * @param lines    the lines, without terminators (a final terminator does not start an empty line)
 * @param charset  the encoding the text was decoded with
 * @param notes    what a user may want to know about the reading (e.g. "read as Windows-1252")
 */
public record TextFile(String source, String text, List<String> lines, Charset charset, List<String> notes) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public TextFile {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** Reads a file with the default limits. */
    public static TextFile read(Path file, String source) {
        return read(file, source, InputLimits.DEFAULT);
    }

    /** Reads a file, naming it {@code source} in messages. */
    public static TextFile read(Path file, String source, InputLimits limits) {
        byte[] bytes = readBytes(file, source, limits);
        return decode(bytes, source, limits);
    }

    /** The bytes of a file, refused when missing, a folder, unreadable or above the size limit. */
    public static byte[] readBytes(Path file, String source, InputLimits limits) {
        try {
            if (Files.isDirectory(file)) {
                throw InvalidInputException.of(source, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw InvalidInputException.of(source, "is " + size + " bytes; permlab reads files of at most "
                        + limits.maxBytes() + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            }
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(source, "file not found");
        } catch (IOException e) {
            throw InvalidInputException.of(source, "cannot read: " + e.getMessage());
        }
    }

    /** Decodes bytes that came from somewhere other than a file (a zip entry, a resource). */
    public static TextFile decode(byte[] bytes, String source, InputLimits limits) {
        List<String> notes = new ArrayList<>();
        Charset cs;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            cs = null;
        }
        if (cs == null && looksBinary(bytes)) {
            throw InvalidInputException.of(source, "is a binary file, not text");
        }
        String text;
        if (cs != null) {
            text = new String(bytes, skip, bytes.length - skip, cs);
        } else {
            try {
                text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
                cs = StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
                cs = WINDOWS_1252;
                notes.add("not valid UTF-8; read as Windows-1252");
            }
        }
        List<String> lines = split(text, source, limits);
        return new TextFile(source, text, lines, cs, notes);
    }

    /** Whether the first 8 KiB hold a NUL byte (no text encoding permlab reads without a BOM has one). */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static List<String> split(CharSequence text, String source, InputLimits limits) {
        List<String> lines = new ArrayList<>();
        CharBuffer cb = CharBuffer.wrap(text);
        int start = 0;
        int n = cb.length();
        for (int i = 0; i < n; i++) {
            char c = cb.charAt(i);
            if (c == '\n' || c == '\r') {
                addLine(lines, text, start, i, source, limits);
                if (c == '\r' && i + 1 < n && cb.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            addLine(lines, text, start, n, source, limits);
        }
        return lines;
    }

    private static void addLine(List<String> lines, CharSequence text, int from, int to, String source,
            InputLimits limits) {
        if (to - from > limits.maxLineChars()) {
            throw InvalidInputException.at(source, lines.size() + 1, 1, null, "line of " + (to - from)
                    + " characters; permlab reads lines of at most " + limits.maxLineChars());
        }
        if (lines.size() >= limits.maxLines()) {
            throw InvalidInputException.of(source, "more than " + limits.maxLines() + " lines; permlab reads at "
                    + "most that many");
        }
        lines.add(text.subSequence(from, to).toString());
    }

    /** The lines with trailing blank lines (empty or only spaces and tabs) removed. */
    public List<String> linesWithoutTrailingBlanks() {
        int n = lines.size();
        while (n > 0 && lines.get(n - 1).isBlank()) {
            n--;
        }
        return lines.subList(0, n);
    }
}
