package org.permlab.io.tradeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.error.InvalidInputException;
import org.permlab.permeation.SelectivityKind;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.tradeoff.BoundComparison;
import org.permlab.gas.GasPair;
import org.permlab.tradeoff.MembraneClass;
import org.permlab.tradeoff.PlacedPoint;
import org.permlab.tradeoff.TradeOff;
import org.permlab.tradeoff.TradeOffPoint;
import org.permlab.tradeoff.UpperBounds;

/** The literature-points CSV, bad rows reported by line and skipped, the rest used. */
class LiteraturePointsReaderTest {

    private static final String HEADER = "material,class,pair,permeance_gpu,permeability_barrer,thickness_um,"
            + "selectivity,selectivity_kind,temperature_K,pressure_bar,reference,doi,group,note\n";

    @TempDir
    Path dir;

    private static double gpu(double si) {
        return Units.GPU.fromSi(si, ReferenceState.NORMAL);
    }

    /**
     * Acceptance: bad rows (missing pair, non-positive values, an unknown gas, a stray comma) are reported with
     * file, line, column and field and skipped; the good rows are read. Line numbers count the comment line.
     */
    @Test
    void badRowsAreReportedByLineAndSkipped() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "# my membranes\n" + HEADER
                + "good one,polymer,He/N2,100,,1,20,single,308,2,me,,,\n"            // line 3
                + "no pair,polymer,,100,,1,20,single,308,2,me,,,\n"                  // line 4
                + "zero permeance,polymer,He/N2,0,,1,20,single,,,me,,,\n"            // line 5
                + "negative thickness,polymer,He/N2,100,,-2,20,single,,,me,,,\n"     // line 6
                + "bad selectivity,polymer,He/N2,100,,1,-3,single,,,me,,,\n"         // line 7
                + "unknown gas,polymer,He/Kr9,100,,1,3,single,,,me,,,\n"             // line 8
                + "\n"
                + "stray comma,polymer,He/N2,100,,1,3,single,,,me,,,,extra\n"        // line 10
                + "no permeance,polymer,He/N2,,,1,3,single,,,me,,,\n"                // line 11
                + "good two,mof-glass,He/CH4,,546,10.7 ± 1.0,13.9 ± 0.5,mixed,150 C,1,me,,,\n"); // line 12
        LiteraturePoints read = LiteraturePointsReader.read(csv, "mine.csv");
        assertThat(read.points()).extracting(TradeOffPoint::label).containsExactly("good one", "good two");
        assertThat(read.skipped()).extracting(SkippedRow::line).containsExactly(4, 5, 6, 7, 8, 10, 11);
        List<String> messages = read.skipped().stream().map(SkippedRow::message).toList();
        assertThat(messages.get(0)).isEqualTo("mine.csv:4:3: pair: missing");
        assertThat(messages.get(1)).startsWith("mine.csv:5:4: permeance_gpu: must be positive, got '0'");
        assertThat(messages.get(2)).startsWith("mine.csv:6:6: thickness_um: must be positive, got '-2'");
        assertThat(messages.get(3)).startsWith("mine.csv:7:7: selectivity: must be positive, got '-3'");
        assertThat(messages.get(4)).startsWith("mine.csv:8:3: pair: unknown gas 'Kr9'");
        assertThat(messages.get(5)).startsWith("mine.csv:10:15:").contains("15 fields and the header 14");
        assertThat(messages.get(6)).startsWith("mine.csv:11:4: permeance_gpu: missing");
        assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContain("\n"));

        TradeOffPoint two = read.points().get(1);
        assertThat(two.materialClass()).isEqualTo(MembraneClass.MOF_GLASS);
        assertThat(two.kind()).isEqualTo(SelectivityKind.SEPARATION_FACTOR);
        assertThat(two.thicknessM().orElseThrow().sd()).isCloseTo(1.0e-6, within(1e-18));
        assertThat(two.selectivity().sd()).isEqualTo(0.5);
        // a cell may carry its own unit: 150 C = 423.15 K
        assertThat(two.temperatureK().orElseThrow()).isCloseTo(423.15, within(1e-9));
        assertThat(two.origin()).isEqualTo("mine.csv:12");
    }

    /**
     * Selectivities beyond 1e-8..1e8 (Plausible.MAX_SELECTIVITY) skip only their row with a located line: 1e-300
     * once passed the reader and made the bound distance's propagated uncertainty NaN, an error with no file or
     * line. The edges themselves are read, and placing them against every bundled bound gives finite numbers.
     */
    @Test
    void selectivitiesNoMembraneGivesSkipTheirRowAtTheCell() throws Exception {
        Path csv = dir.resolve("alpha.csv");
        Files.writeString(csv, HEADER
                + "tiny,polymer,He/N2,51,,10.7,1e-300,mixed,,,me,,,\n"       // line 2
                + "huge,polymer,He/N2,51,,10.7,1e300,mixed,,,me,,,\n"        // line 3
                + "wide,polymer,He/N2,51,,10.7,17 ± 1e300,mixed,,,me,,,\n"   // line 4
                + "low edge,polymer,He/N2,51,,10.7,1e-8,mixed,,,me,,,\n"
                + "high edge,polymer,He/N2,51,,10.7,1e8,mixed,,,me,,,\n");
        LiteraturePoints read = LiteraturePointsReader.read(csv, "alpha.csv");
        assertThat(read.skipped()).extracting(SkippedRow::line).containsExactly(2, 3, 4);
        assertThat(read.skipped()).allSatisfy(s -> assertThat(s.message()).startsWith("alpha.csv:" + s.line()
                + ":7: selectivity: ").contains("beyond any membrane measured"));
        assertThat(read.points()).extracting(TradeOffPoint::label).containsExactly("low edge", "high edge");
        for (TradeOffPoint p : read.points()) {
            PlacedPoint placed = TradeOff.place(p, UpperBounds.standard());
            assertThat(placed.comparisons()).isNotEmpty().allSatisfy(c -> {
                assertThat(c.distance().value()).isFinite();
                assertThat(c.distance().sd()).isFinite();
                assertThat(c.selectivityRatio().value()).isFinite();
            });
        }
    }

    @Test
    void aBadHeaderIsAnErrorForTheWholeFile() {
        assertThatThrownBy(() -> LiteraturePointsReader.parse("material,class,pair,permeance,selectivity,"
                + "selectivity_kind\n", "h.csv")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("h.csv:1: unknown column 'permeance'");
        assertThatThrownBy(() -> LiteraturePointsReader.parse("material,class,permeance_gpu,selectivity,"
                + "selectivity_kind\n", "h.csv")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing column 'pair'");
        assertThatThrownBy(() -> LiteraturePointsReader.parse("material,class,pair,selectivity,selectivity_kind\n",
                "h.csv")).hasMessageContaining("permeance_gpu or a permeability_barrer");
        // a European-locale spreadsheet's CSV: refused with the diagnosis, not as one unknown column
        assertThatThrownBy(() -> LiteraturePointsReader.parse("material;class;pair;permeance_gpu;selectivity;"
                + "selectivity_kind\nx;mof-glass;He/N2;51;17,4;mixed\n", "h.csv"))
                .hasMessage("h.csv:1: the header is separated by ';' (a spreadsheet's CSV in a European locale, "
                        + "with decimal commas); save the file with ',' between fields and '.' in numbers");
        assertThatThrownBy(() -> LiteraturePointsReader.parse("# only a comment\n", "h.csv"))
                .hasMessageContaining("no header row");
        assertThatThrownBy(() -> LiteraturePointsReader.read(dir.resolve("nothing.csv"), "nothing.csv"))
                .hasMessage("nothing.csv: file not found");
    }

    /** The bundled set reads without a skipped row, cites every row, and holds the seed paper's own results. */
    @Test
    void bundledSetIsCleanAndCited() {
        LiteraturePoints bundled = LiteraturePointsReader.readBundled();
        assertThat(bundled.skipped()).isEmpty();
        assertThat(bundled.points()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(bundled.points()).allSatisfy(p -> assertThat(p.reference()).isNotBlank().isNotEqualTo("not given"));
        TradeOffPoint glass = bundled.points().stream()
                .filter(p -> p.group().equals("seed") && p.pair().equals(GasPair.parse("He/N2"))
                        && p.temperatureK().orElse(0.0) == 423.0)
                .findFirst().orElseThrow();
        // seed abstract: He about 51 GPU, He/N2 17.4; §3.2: 10.7 ± 1.0 um
        assertThat(gpu(glass.permeanceFastSi().orElseThrow().value())).isCloseTo(51.0, within(1e-9));
        assertThat(glass.selectivity().value()).isEqualTo(17.4);
        assertThat(glass.thicknessM().orElseThrow().value()).isCloseTo(10.7e-6, within(1e-15));
        // 1.26e-8 mol/(m2 s Pa) (Huang et al.) is 37.65 GPU: 1.26e-8 / 3.3464e-10 (CONVENTIONS §1)
        TradeOffPoint zif90 = bundled.points().stream().filter(p -> p.material().contains("ZIF-90")).findFirst()
                .orElseThrow();
        assertThat(gpu(zif90.permeanceFastSi().orElseThrow().value())).isCloseTo(37.65, within(0.01));
        assertThat(zif90.temperatureK().orElseThrow()).isCloseTo(498.15, within(1e-9));
    }

    /**
     * An outside check of the bounds and the reader together: Xiang et al. (Mater. Horiz. 2020) report O2 at 3 Barrer
     * with O2/N2 15 and say it surpasses the upper bound; the 2008 O2/N2 line gives (3/1396000)^(-1/5.666) = 10.0
     * there, so the point must lie above it.
     */
    @Test
    void theMixedMatrixPointTheAuthorsCallAboveTheBoundIsAboveIt() {
        TradeOffPoint mmm = LiteraturePointsReader.readBundled().points().stream()
                .filter(p -> p.materialClass() == MembraneClass.MIXED_MATRIX).findFirst().orElseThrow();
        PlacedPoint placed = TradeOff.place(mmm, UpperBounds.standard());
        BoundComparison b2008 = placed.comparisons().stream().filter(c -> c.year() == 2008).findFirst()
                .orElseThrow();
        assertThat(b2008.aboveBound()).isTrue();
        assertThat(b2008.selectivityOnBound().value()).isCloseTo(10.0, within(0.01));
    }

    /** Malformed-input campaign: an unterminated quote swallowed the rows after it; 1e300 Barrer lost the file. */
    @Test
    void anUnclosedQuoteIsLocatedAndAHugeValueLosesOnlyItsRow() {
        String unclosed = HEADER + "good,polymer,He/N2,100,,1,20,single,308,2,me,,,\n"
                + "\"open quote,polymer,He/N2,100,,1,20,single,308,2,me,,,\n"
                + "swallowed,polymer,He/N2,100,,1,20,single,308,2,me,,,\n";
        assertThatThrownBy(() -> LiteraturePointsReader.parse(unclosed, "q.csv"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("q.csv:3:1: ")
                .hasMessageContaining("not closed");
        LiteraturePoints read = LiteraturePointsReader.parse(HEADER
                + "good,polymer,He/N2,100,,1,20,single,308,2,me,,,\n"
                + "huge,polymer,He/N2,,1e300,1,20,single,308,2,me,,,\n"
                + "good two,polymer,He/N2,50,,1,20,single,308,2,me,,,\n", "h.csv");
        assertThat(read.points()).extracting(TradeOffPoint::label).containsExactly("good", "good two");
        assertThat(read.skipped()).singleElement().satisfies(r -> assertThat(r.message())
                .startsWith("h.csv:3:").doesNotContain("uncertainty").doesNotContain("NaN"));
    }
}
