package org.permlab.io.pals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;

/** Fortran FORMAT reading as PATFIT/PALSfit spectra use it (the Fortran 77 standard's format reversion). */
class FortranFormatTest {

    private static double[] values(String format, List<String> lines, int count) {
        return FortranFormat.parse(format).read(lines, 0, 1, count, "spec.dat").stream()
                .mapToDouble(FortranFormat.Value::value).toArray();
    }

    @Test
    void patfitLayoutSkipsTheHeaderThenRevertsToTheGroup() {
        // (/,(i6,9i7)): '/' skips the header record; the group (i6,9i7) repeats on each new record (reversion to
        // the last top-level group, not to the '/')
        List<String> lines = List.of(
                "sample 1, 13 ps",
                String.format("%6d%7d%7d%7d%7d%7d%7d%7d%7d%7d", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                String.format("%6d%7d%7d%7d%7d%7d%7d%7d%7d%7d", 11, 12, 13, 14, 15, 16, 17, 18, 19, 20),
                String.format("%6d%7d%7d", 21, 22, 1234567));
        double[] v = values("(/,(i6,9i7))", lines, 23);
        for (int i = 0; i < 22; i++) {
            assertThat(v[i]).isEqualTo(i + 1.0);
        }
        assertThat(v[22]).isEqualTo(1234567.0);
    }

    @Test
    void aFormatWithoutGroupsRestartsOnANewRecord() {
        List<String> lines = List.of("     1     2     3", "     4     5     6", "     7");
        double[] v = values("(3I6)", lines, 7);
        assertThat(v).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void skipsRepeatsRealsAndBlankFields() {
        // 1x skips a column; 2(...) repeats; F reads decimals; an all-blank field is 0 in Fortran
        List<String> lines = List.of(" 12.5 x      7", "1.0E2");
        double[] v = values("(1x,f4.1,2x,i7,/,e5.0)", lines, 3);
        assertThat(v).containsExactly(12.5, 7, 100.0);
        assertThat(values("(3(i3))", List.of("  4     7"), 3)).containsExactly(4, 0, 7);
    }

    @Test
    void badFormatsSayWhere() {
        assertThatThrownBy(() -> FortranFormat.parse("(10q6)")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unsupported descriptor 'q'").hasMessageContaining("column 4");
        assertThatThrownBy(() -> FortranFormat.parse("(10i6")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("closing parenthesis");
        assertThatThrownBy(() -> FortranFormat.parse("(/,5x)")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reads no numbers");
        assertThatThrownBy(() -> FortranFormat.parse("(i)")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("needs a width");
    }

    @Test
    void badDataSayLineAndColumn() {
        assertThatThrownBy(() -> values("(3i6)", List.of("     1   abc     3"), 3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("spec.dat:1:7: spectrum: expected an integer in the 6-wide field, got 'abc'");
        // a short record in the middle: the data end before the channels do
        assertThatThrownBy(() -> values("(3i6)", List.of("     1     2", "     3     4     5"), 6))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("spec.dat:1:13")
                .hasMessageContaining("ends after 2 of 6 channels");
        assertThatThrownBy(() -> values("(3i6)", List.of("     1     2     3"), 6))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ends after 3 channels; expected 6");
        assertThatThrownBy(() -> values("(3i6)", List.of("     1     2     3", "     4", ""), 6))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("spec.dat:2:7: spectrum: the data end after 4 channels; expected 6");
    }

    /** Malformed-input campaign: 3000 nested groups overflowed the stack; (2000000000i7) ran out of memory. */
    @Test
    void hugeOrDeepFormatsAreRefusedAtOnce() {
        String deep = "(".repeat(3000) + "i7" + ")".repeat(3000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FortranFormat.parse(deep))
                .isInstanceOf(org.permlab.error.InvalidInputException.class).hasMessageContaining("nested more than");
        for (String huge : java.util.List.of("(2000000000i7)", "(99999999999i7)", "(1000(1000(1000i7)))")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> FortranFormat.parse(huge))
                    .isInstanceOf(org.permlab.error.InvalidInputException.class)
                    .hasMessageMatching(".*(larger than permlab reads|expands to more than 1048576).*")
                    .hasMessageNotContaining("Exception");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FortranFormat.parse("(10i7)").read(
                java.util.List.of("      1"), 0, 1, 2_000_000_000, "s.dat"))
                .isInstanceOf(org.permlab.error.InvalidInputException.class).hasMessageContaining("at most 1048576");
    }
}
