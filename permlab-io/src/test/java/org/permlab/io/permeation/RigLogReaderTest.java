package org.permlab.io.permeation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;
import org.permlab.permeation.FeedSideMode;
import org.permlab.permeation.GcCalibration;
import org.permlab.permeation.RigLog;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.rig.ArrheniusPermeance;
import org.permlab.rig.RigNoise;
import org.permlab.rig.RigSchedule;
import org.permlab.rig.ScheduleStep;
import org.permlab.rig.VirtualRig;

class RigLogReaderTest {

    static final ReferenceState REF = ReferenceState.NORMAL;
    static final double ML = Units.ML_PER_MIN.toSi(1, REF);
    static final double GPU = Units.GPU.toSi(1, REF);

    private static Map<String, Double> feed() {
        Map<String, Double> f = new java.util.LinkedHashMap<>();
        f.put("He", 25 * ML);
        f.put("N2", 25 * ML);
        return f;
    }

    private static RigLog read(String text) {
        return RigLogReader.read(new StringReader(text), "log.csv", REF, Optional.empty());
    }

    @Test
    void writeThenReadReturnsTheLogToTheWrittenPrecision() throws IOException {
        RigSchedule s = new RigSchedule("t", "M", 3, 2e-4, Map.of("He", new ArrheniusPermeance(20 * GPU, 303, 0,
                List.of()), "N2", new ArrheniusPermeance(1 * GPU, 303, 0, List.of())), FeedSideMode.INLET, "Ar",
                List.of("He", "N2"), new RigNoise(0.01, Map.of("He", 5e-6, "N2", 5e-4), 0.003, 0, 50, 0.1), 600, 0,
                List.of(new ScheduleStep("a", 3600, 303, 1e5, 1e5, feed(), 25 * ML,
                        Map.of(), "")));
        RigLog log = VirtualRig.simulate(s);
        StringWriter w = new StringWriter();
        RigLogWriter.write(log, REF, "test", w);
        RigLog back = read(w.toString());
        assertThat(back.problems()).isEmpty();
        assertThat(back.rows()).isEqualTo(log.rows());
        assertThat(back.feedGases()).containsExactly("He", "N2");
        for (int r = 0; r < log.rows(); r++) {
            // written with 4 decimals of h, 4 of mL/min, 5 of bar, 2 of K, 3 of ppm: half a unit of each
            assertThat(back.timeS()[r]).isCloseTo(log.timeS()[r], within(0.5e-4 * 3600));
            assertThat(back.sweepFlowMolPerS()[r]).isCloseTo(log.sweepFlowMolPerS()[r], within(0.5e-4 * ML));
            assertThat(back.feedPressurePa()[r]).isCloseTo(log.feedPressurePa()[r], within(0.5e-5 * 1e5));
            assertThat(back.temperatureK()[r]).isCloseTo(log.temperatureK()[r], within(0.005));
            assertThat(back.moleFraction()[0][r]).isCloseTo(log.moleFraction()[0][r], within(0.5e-9));
            // N2 (about 170 ppm) is below its 500 ppm detection limit: written 'nd', read as not detected
            assertThat(back.moleFraction()[1][r]).isNaN();
        }
        // a comment on line 1, the header on line 2: the first data row is line 3
        assertThat(back.line()[0]).isEqualTo(3);
    }

    @Test
    void unitsInTheHeaderAreHonoured() {
        RigLog log = read("""
                time [min],feed_flow_He [sccm],sweep_flow_Ar [mls/min],feed_pressure [kPa],permeate_pressure [atm],temperature [C],y_He [%]

                10,25,25,100,1,30,1.0
                """);
        assertThat(log.timeS()[0]).isEqualTo(600.0);
        assertThat(log.feedFlowMolPerS()[0][0]).isCloseTo(25 * ML, within(1e-15));
        // mls/min is 20 C, 1 atm whatever the run's reference state (CONVENTIONS §1: 6.9285e-7 mol/s per mL/min)
        assertThat(log.sweepFlowMolPerS()[0]).isCloseTo(25 * 6.9285e-7 / 60 * 60, within(25 * 0.0001e-7));
        assertThat(log.temperatureK()[0]).isCloseTo(303.15, within(1e-12));
        assertThat(log.moleFraction()[0][0]).isCloseTo(0.01, within(1e-15));
        assertThat(log.line()[0]).isEqualTo(3);
    }

    @Test
    void peakAreasGoThroughTheCalibration() {
        GcCalibration cal = new GcCalibration("pA s", Map.of("He", List.of(0.0, 2e-6), "N2", List.of(1e-6, 3e-7,
                1e-12)));
        RigLog log = RigLogReader.read(new StringReader("""
                time [h],feed_flow_He [mL/min],feed_flow_N2 [mL/min],sweep_flow_Ar [mL/min],feed_pressure [bar],permeate_pressure [bar],temperature [K],area_He [pA s],area_N2 [pA s]
                0.1,25,25,25,1,1,303,5000,n.d.
                0.2,25,25,25,1,1,303,5000,2000
                """), "log.csv", REF, Optional.of(cal));
        // y = c0 + c1 A + c2 A^2: 2e-6 x 5000 = 0.01; 1e-6 + 3e-7 x 2000 + 1e-12 x 2000^2 = 6.05e-4
        assertThat(log.moleFraction()[0][0]).isCloseTo(0.01, within(1e-15));
        assertThat(log.moleFraction()[1][0]).isNaN();
        assertThat(log.moleFraction()[1][1]).isCloseTo(6.05e-4, within(1e-15));
        assertThatThrownBy(() -> read("""
                time [h],feed_flow_He [mL/min],sweep_flow_Ar [mL/min],feed_pressure [bar],permeate_pressure [bar],temperature [K],area_He [pA s]
                0.1,25,25,1,1,303,5000
                """)).isInstanceOf(InvalidInputException.class).hasMessageContaining("log.csv:1:7")
                .hasMessageContaining("calibration");
    }

    @Test
    void structuralProblemsNameTheColumn() {
        assertThatThrownBy(() -> read("time [h],feed_flow_Xe9 [mL/min]\n1,2\n")).hasMessageContaining(
                "log.csv:1:2: feed_flow_Xe9 [mL/min]: unknown gas 'Xe9'");
        assertThatThrownBy(() -> read("time [h],feed_flow_He [bar]\n1,2\n")).hasMessageContaining("log.csv:1:2")
                .hasMessageContaining("pressure unit");
        assertThatThrownBy(() -> read("")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> read("""
                time [h],feed_flow_He [mL/min],sweep_flow_Ar [mL/min],feed_pressure [bar],permeate_pressure [bar],temperature [K],y_He [1]
                """)).hasMessageContaining("no data rows");
    }

    @Test
    void rowProblemsAreKeptWithRowLineAndColumn() {
        RigLog log = read("""
                time [h],feed_flow_He [mL/min],sweep_flow_Ar [mL/min],feed_pressure [bar],permeate_pressure [bar],temperature [K],y_He [1]
                0.1,25,25,1,1,303,0.01
                0.2,25,25,1,1,303
                0.3,25,25,1,1,303,0.01
                """);
        assertThat(log.problems()).hasSize(1);
        RigLog.RowProblem p = log.problems().get(0);
        assertThat(p.row()).isEqualTo(1);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.toException("log.csv").getMessage()).isEqualTo("log.csv:3: row 2: expected 7 cells as in the "
                + "header, got 6");
    }

    /** Malformed-input campaign: 29.8 (degrees C) under [K] gave Ea = 0.31 kJ/mol instead of 8.48, silently. */
    @Test
    void celsiusUnderAKelvinHeaderIsRefusedWithTheLikelyCause() {
        RigLog log = read("""
                time [h],feed_flow_He [mL/min],sweep_flow_Ar [mL/min],feed_pressure [bar],permeate_pressure [bar],temperature [K],y_He [1]
                0.1,25,25,1,1,29.8,0.01
                0.2,25,25,1,1,303,0.01
                """);
        assertThat(log.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.toException("log.csv").getMessage()).startsWith("log.csv:2:6: ")
                    .contains("29.8 is 29.8 K, below 150.0 K").contains("degrees C under a [K] header");
        });
    }

    private static final String COMMA_LOG = """
            # flows at 0 C
            time [h],feed_flow_He [mL/min],sweep_flow_Ar [mL/min],feed_pressure [bar],permeate_pressure [bar],temperature [K],y_He [ppm]
            0.0833,25.1036,25.0984,0.99976,1.00166,303.03,7143.111
            0.2500,25.0512,24.9013,1.00021,0.99871,302.88,nd
            """;

    /**
     * A spreadsheet in a European locale saves CSV with ';' between fields and decimal commas; the malformed-input
     * campaign found such logs refused with the whole header read as one column. The same log in both dialects must
     * give identical numbers.
     */
    @Test
    void semicolonAndDecimalCommaLogIsReadAsTheSameLog() {
        String semicolon = COMMA_LOG.lines().map(l -> l.startsWith("#") ? l
                : l.replace(',', ';').replace('.', ',')).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        assertThat(semicolon).contains("0,0833;25,1036;");
        RigLog a = read(COMMA_LOG);
        RigLog b = read(semicolon);
        assertThat(b.problems()).isEmpty();
        assertThat(b.rows()).isEqualTo(2);
        for (int r = 0; r < 2; r++) {
            assertThat(b.timeS()[r]).isEqualTo(a.timeS()[r]);
            assertThat(b.feedFlowMolPerS()[0][r]).isEqualTo(a.feedFlowMolPerS()[0][r]);
            assertThat(b.sweepFlowMolPerS()[r]).isEqualTo(a.sweepFlowMolPerS()[r]);
            assertThat(b.feedPressurePa()[r]).isEqualTo(a.feedPressurePa()[r]);
            assertThat(b.permeatePressurePa()[r]).isEqualTo(a.permeatePressurePa()[r]);
            assertThat(b.temperatureK()[r]).isEqualTo(a.temperatureK()[r]);
        }
        assertThat(b.moleFraction()[0][0]).isEqualTo(a.moleFraction()[0][0]);
        assertThat(b.moleFraction()[0][1]).isNaN();
    }

    /** In the decimal-comma dialect a point is ambiguous (1.234,5 or 1.5): the cell is refused, saying why. */
    @Test
    void aPointInADecimalCommaLogIsRefusedAtItsCell() {
        RigLog log = read("""
                time [h];feed_flow_He [mL/min];sweep_flow_Ar [mL/min];feed_pressure [bar];permeate_pressure [bar];temperature [K];y_He [ppm]
                0,1;25;25;1;1;303,0;7000
                0,2;25.5;25;1;1;303,0;7000
                """);
        assertThat(log.problems()).singleElement().satisfies(p -> assertThat(p.toException("log.csv").getMessage())
                .startsWith("log.csv:3:2: ").contains("got '25.5'").contains("decimal comma"));
    }

    /** A log saved on a Windows PC in its code page (a degree sign as the byte 0xB0) is read as Windows-1252. */
    @Test
    void aWindows1252LogIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws IOException {
        java.nio.file.Path f = tmp.resolve("w.csv");
        java.nio.file.Files.write(f, COMMA_LOG.replace("0 C", "0 \u00b0C").getBytes(
                java.nio.charset.Charset.forName("windows-1252")));
        assertThat(java.nio.file.Files.readAllBytes(f)).contains((byte) 0xB0);
        RigLog log = RigLogReader.read(f, "w.csv", REF, Optional.empty());
        assertThat(log.rows()).isEqualTo(2);
        assertThat(log.temperatureK()[1]).isEqualTo(302.88);
    }
}
