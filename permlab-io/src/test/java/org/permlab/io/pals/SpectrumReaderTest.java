package org.permlab.io.pals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;

/** Spectrum layouts, and bad spectra as one-line errors with file, line and column. */
class SpectrumReaderTest {

    private static SpectrumFile plain(String text) {
        return SpectrumReader.parse(text, "s.dat", SpectrumFormat.plain(), 0.013, Optional.empty(), Optional.empty(),
                1);
    }

    @Test
    void plainCountsWithHeaderLinesAndManyPerLine() {
        SpectrumFile f = plain("ZIF-62 glass powder\nmeasured 2023\n1 2 3 4\n5 6 7 8\n9\n");
        assertThat(f.spectrum().counts()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(f.spectrum().label()).isEqualTo("ZIF-62 glass powder");
        assertThat(f.spectrum().channelWidthNs()).isEqualTo(0.013);
        // one per line, commas or tabs
        assertThat(plain("10\n20\n30\n").spectrum().counts()).containsExactly(10, 20, 30);
        assertThat(plain("10,20\t30;40\n").spectrum().counts()).containsExactly(10, 20, 30, 40);
    }

    @Test
    void palsfitsShortFirstLineIsAHeader() {
        // palsfit.dk: "If the first line has fewer numbers than the following, then it will be skipped"
        SpectrumFile f = plain("1024 13\n1 2 3 4\n5 6 7 8\n9 10 11 12\n");
        assertThat(f.spectrum().counts()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(f.notes()).anyMatch(n -> n.contains("skipped"));
    }

    @Test
    void severalSpectraSeparatedByBlankLines() {
        String text = "first\n1 2 3\n4 5 6\n\nsecond\n7 8 9\n10 11 12\n";
        assertThat(plain(text).spectrum().counts()).containsExactly(1, 2, 3, 4, 5, 6);
        SpectrumFile second = SpectrumReader.parse(text, "s.dat", SpectrumFormat.plain(), 0.013,
                Optional.of("second"), Optional.empty(), 1);
        assertThat(second.spectrum().counts()).containsExactly(7, 8, 9, 10, 11, 12);
        assertThat(SpectrumReader.parse(text, "s.dat", SpectrumFormat.plain(), 0.013, Optional.of("2"),
                Optional.empty(), 1).spectrum().label()).isEqualTo("second");
    }

    @Test
    void twoColumnCsv() {
        SpectrumFile f = SpectrumReader.parse("channel,counts\n0,5\n1,7\n2,9\n", "s.csv", SpectrumFormat.auto(),
                0.025, Optional.empty(), Optional.empty(), 1);
        assertThat(f.layout()).isEqualTo("csv");
        assertThat(f.spectrum().counts()).containsExactly(5, 7, 9);
        assertThat(f.firstChannelInFile()).isZero();
        assertThat(f.notes()).anyMatch(n -> n.contains("from 0"));
        assertThatThrownBy(() -> SpectrumReader.parse("1,5\n3,7\n", "s.csv", SpectrumFormat.csv(), 0.025,
                Optional.empty(), Optional.empty(), 1)).hasMessage("s.csv:2:1: channel: channels must be consecutive: "
                        + "expected 2, got 3");
    }

    @Test
    void fortranLayout() {
        String text = "header line\n     1      2      3      4\n     5\n";
        SpectrumFile f = SpectrumReader.parse(text, "s.dat", SpectrumFormat.fortran("(/,(i6,3i7))"), 0.013,
                Optional.empty(), Optional.of(5), 1);
        assertThat(f.spectrum().counts()).containsExactly(1, 2, 3, 4, 5);
        assertThat(f.layout()).isEqualTo("fortran (/,(i6,3i7))");
    }

    @Test
    void badSpectraAreOneLineErrorsThatSayWhere() {
        assertThatThrownBy(() -> plain("0 0 0\n0 0 0\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("s.dat: counts: all 6 channels are zero");
        assertThatThrownBy(() -> plain("1 2 3\n4 -5 6\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("s.dat:2:3: channel 5: negative count -5");
        assertThatThrownBy(() -> plain("1 2 3\n4 five 6\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("s.dat:2:3: channel 5: expected a count, got 'five'");
        assertThatThrownBy(() -> plain("1 2 3\n4 NaN 6\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("s.dat:2:3: channel 5: count is not a finite number: 'NaN'");
        assertThatThrownBy(() -> plain("   \n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("s.dat:1:1: spectrum: the file is empty");
        assertThatThrownBy(() -> plain("only text\nhere\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no counts found");
        assertThatThrownBy(() -> SpectrumReader.read(java.nio.file.Path.of("/nonexistent/x.dat"), "x.dat",
                SpectrumFormat.plain(), 0.013, Optional.empty(), Optional.empty()))
                .hasMessage("x.dat: file not found");
        // a truncated file: the user said how many channels the spectrum has
        assertThatThrownBy(() -> SpectrumReader.parse("1 2 3\n4 5 6\n", "s.dat", SpectrumFormat.plain(), 0.013,
                Optional.empty(), Optional.of(1024), 1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("s.dat:1:1: channels: expected 1024 channels, the spectrum has 6 (a truncated file?)");
        assertThat(SpectrumReader.parse("1 2 3\n4 5 6\n", "s.dat", SpectrumFormat.plain(), 0.013, Optional.empty(),
                Optional.of(6), 1).spectrum().channels()).isEqualTo(6);
    }

    private static String counts(int from, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(from + i).append('\n');
        }
        return b.toString();
    }

    /** Malformed-input campaign: one stray blank line used to fit the first 999 channels only. */
    @Test
    void aBlankLineInsideTheCountsIsRefusedNotTruncated() {
        String text = "glass\n" + counts(100, 999) + "\n" + counts(2000, 3097);
        assertThatThrownBy(() -> plain(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("s.dat:1001").hasMessageContaining("999 numbers before it, 3097 after");
    }

    /** Channel/count columns and decimal commas used to be read as twice the counts. */
    @Test
    void twoColumnAndDecimalCommaFilesAreDiagnosed() {
        StringBuilder twoCol = new StringBuilder();
        StringBuilder comma = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            twoCol.append(i).append("   ").append(1000 + 7 * i).append('\n');
            comma.append(1000 + 7 * i).append(",0\n");
        }
        assertThatThrownBy(() -> plain(twoCol.toString())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("s.dat:1").hasMessageContaining("channel number and a count");
        assertThatThrownBy(() -> plain(comma.toString())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("decimal comma");
        assertThatThrownBy(() -> plain("10 20.5 30\n40 50 60\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("s.dat:1:4").hasMessageContaining("whole number");
    }

    /** A leading line with the channel count ("2048") used to become channel 1. */
    @Test
    void aLeadingChannelCountIsAHeader() {
        SpectrumFile f = plain("2048\n" + counts(5, 2048));
        assertThat(f.spectrum().channels()).isEqualTo(2048);
        assertThat(f.spectrum().counts()[0]).isEqualTo(5.0);
        assertThat(f.notes()).anyMatch(n -> n.contains("number of channels"));
        // a first count that is not the number of channels that follow stays channel 1
        assertThat(plain("7\n" + counts(5, 20)).spectrum().channels()).isEqualTo(21);
    }

    /** Single-field CSV rows (a comment, a trailing text line, a truncated last row) used to crash. */
    @Test
    void shortCsvRowsAreLocatedErrorsAndCommentsAreSkipped() {
        SpectrumFile f = SpectrumReader.parse("# exported by the MCA\nchannel,counts\n1,5\n2,7\n3,9\n", "s.csv",
                SpectrumFormat.auto(), 0.025, Optional.empty(), Optional.empty(), 1);
        assertThat(f.spectrum().channels()).isEqualTo(3);
        assertThatThrownBy(() -> SpectrumReader.parse("channel,counts\n1,5\n2,7\n3\n", "s.csv",
                SpectrumFormat.auto(), 0.025, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("s.csv:4")
                .hasMessageContaining("two columns");
        assertThatThrownBy(() -> SpectrumReader.parse("channel,counts\n1,5\n2,7\nend of data\n", "s.csv",
                SpectrumFormat.auto(), 0.025, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("s.csv:4");
    }
}
