package org.permlab.io.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.error.InvalidInputException;

/** What every reader gets from a file: BOMs removed, encodings told apart, binary and oversized files refused. */
class TextFileTest {

    @TempDir
    Path tmp;

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void excelsUtf8BomIsRemoved() {
        byte[] withBom = ("\uFEFFtime [h],T [K]\r\n0,303\r\n").getBytes(StandardCharsets.UTF_8);
        TextFile t = TextFile.decode(withBom, "log.csv", InputLimits.DEFAULT);
        assertThat(t.lines()).containsExactly("time [h],T [K]", "0,303");
        assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(t.notes()).isEmpty();
    }

    @Test
    void utf16WithBomIsDecoded() {
        byte[] le = bytes(0xFF, 0xFE, 'a', 0, '\n', 0, 'b', 0);
        assertThat(TextFile.decode(le, "x", InputLimits.DEFAULT).lines()).containsExactly("a", "b");
    }

    @Test
    void notUtf8IsReadAsWindows1252WithANote() {
        // "Temp./°C" as Windows-1252 writes it (0xB0 is not valid UTF-8 alone)
        byte[] cp1252 = bytes('T', 0xB0, 'C', '\n');
        TextFile t = TextFile.decode(cp1252, "dsc.txt", InputLimits.DEFAULT);
        assertThat(t.lines()).containsExactly("T\u00B0C");
        assertThat(t.notes()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void binaryAndOversizedFilesAreRefused() throws Exception {
        assertThatThrownBy(() -> TextFile.decode(bytes('P', 'K', 3, 4, 0, 0), "a.brml", InputLimits.DEFAULT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("binary");
        Path f = Files.writeString(tmp.resolve("big.csv"), "x".repeat(2000));
        InputLimits small = new InputLimits(1000, 100, 100, 100, 8);
        assertThatThrownBy(() -> TextFile.read(f, "big.csv", small)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 1000 bytes");
        Path longLine = Files.writeString(tmp.resolve("line.csv"), "a\n" + "y".repeat(200) + "\n");
        assertThatThrownBy(() -> TextFile.read(longLine, "line.csv", small))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line.csv:2");
        assertThatThrownBy(() -> TextFile.read(tmp.resolve("none.csv"), "none.csv"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not found");
    }

    @Test
    void trailingBlankLinesAreDropped() {
        TextFile t = TextFile.decode("1\n2\n \n\t\n".getBytes(StandardCharsets.UTF_8), "s.dat",
                InputLimits.DEFAULT);
        assertThat(t.linesWithoutTrailingBlanks()).containsExactly("1", "2");
    }
}
