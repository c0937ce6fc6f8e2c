package org.permlab.app.tradeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.app.cli.CliRun;

/** {@code permlab tradeoff bounds} and {@code plot}: help, JSON keys, files written, bad input. */
class TradeoffCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "material,class,pair,permeance_gpu,permeability_barrer,thickness_um,"
            + "selectivity,selectivity_kind,temperature_K,pressure_bar,reference\n";

    @TempDir
    Path dir;

    /** Robeson 2008 He/N2: k = 19 890 Barrer, n = -1.017, with its source and conventions in the JSON. */
    @Test
    void boundsJsonCarriesKnAndTheirSource() throws Exception {
        CliRun r = CliRun.of("tradeoff", "bounds", "--pair", "helium/nitrogen", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        JsonNode b = j.get("bounds").get(0);
        assertThat(b.get("pair").asText()).isEqualTo("He/N2");
        assertThat(b.get("year").asInt()).isEqualTo(2008);
        assertThat(b.get("k_barrer").asDouble()).isEqualTo(19_890.0);
        assertThat(b.get("n").asDouble()).isEqualTo(-1.017);
        assertThat(b.get("source").asText()).contains("Robeson").contains("320 (2008) 390");
        assertThat(b.get("basis").asText()).isNotBlank();
        assertThat(j.at("/conventions/upper_bound").asText()).contains("dense polymer films");

        CliRun text = CliRun.of("tradeoff", "bounds");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("He/N2", "19890", "-1.017", "He/CH4", "19800", "CO2/N2", "30967000",
                "dense polymer films");
    }

    /**
     * The seed glass membrane through the verb: 51 GPU x 10.7 um = 545.7 Barrer, d = 0.50114 to the 2008 He/N2
     * bound (the hand calculation of TradeOffTest), and both figures written as SVG and PNG.
     */
    @Test
    void plotWritesSvgAndPngAndPlacesTheSeedMembrane() throws Exception {
        Path svg = dir.resolve("fig.svg");
        CliRun r = CliRun.of("tradeoff", "plot", "--pair", "He/N2", "--space", "both", "-o", svg.toString(),
                "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(svg).exists();
        assertThat(dir.resolve("fig.png")).exists();
        assertThat(dir.resolve("fig-permeance.svg")).exists();
        assertThat(dir.resolve("fig-permeance.png")).exists();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg");
        JsonNode points = JSON.readTree(r.out()).at("/result/points");
        JsonNode glass = null;
        for (JsonNode p : points) {
            if (p.get("temperature_K").asDouble() == 423.0) {
                glass = p;
            }
        }
        assertThat(glass).isNotNull();
        assertThat(glass.at("/permeance_fast_gpu").asDouble()).isCloseTo(51.0, within(1e-9));
        assertThat(glass.at("/permeability_fast_barrer").asDouble()).isCloseTo(545.7, within(1e-9));
        assertThat(glass.get("permeability_basis").asText()).isEqualTo("permeance x thickness");
        assertThat(glass.at("/bounds/0/distance").asDouble()).isCloseTo(0.50114, within(2e-5));
        assertThat(glass.at("/bounds/0/selectivity_gap").asDouble()).isCloseTo(-16.922, within(2e-3));
        assertThat(glass.get("selectivity_kind").asText()).isEqualTo("separation_factor");
        assertThat(JSON.readTree(r.out()).at("/conventions/distance").asText()).contains("P / (k alpha^n)");
    }

    /**
     * Acceptance: bad CSV rows are reported by line (one line each on standard error, no stack trace) and skipped;
     * the rest is placed and plotted; the exit code is 2 because some input was bad.
     */
    @Test
    void badRowsAreReportedAndTheRestIsPlotted() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, HEADER
                + "my polymer,polymer,He/N2,,150,,40,single,308,2,me\n"      // line 2
                + "no pair,polymer,,,150,,40,single,308,2,me\n"             // line 3
                + "negative,polymer,He/N2,,-5,,40,single,308,2,me\n");      // line 4
        Path svg = dir.resolve("mine.svg");
        CliRun r = CliRun.of("tradeoff", "plot", "--pair", "He/N2", "--data", csv.toString(), "--no-bundled",
                "-o", svg.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        String[] lines = r.err().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("permlab: " + csv + ":3:3: pair: missing").endsWith("(row skipped)");
        assertThat(lines[1]).startsWith("permlab: " + csv + ":4:5: permeability_barrer: must be positive");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).contains("my polymer").contains("2 CSV row(s) skipped");
        assertThat(svg).exists();
        assertThat(dir.resolve("mine.png")).exists();
        assertThat(r.out()).contains("He/N2: 1 point,");
        // 150 Barrer with He/N2 40 against the 2008 bound: 40^-1.017 = e^(-1.017 x 3.688879) = 0.023480, x 19890
        // = 467.02 Barrer, d = 150 / 467.02 = 0.3212 (printed to 4 significant digits)
        assertThat(r.out()).contains("0.3212");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        CliRun unknownGas = CliRun.of("tradeoff", "bounds", "--pair", "He/Kryptonite");
        assertThat(unknownGas.isOneLineBadInput()).as(unknownGas.err()).isTrue();
        assertThat(unknownGas.err()).contains("--pair").contains("unknown gas");

        CliRun noBound = CliRun.of("tradeoff", "bounds", "--pair", "Ar/N2");
        assertThat(noBound.isOneLineBadInput()).as(noBound.err()).isTrue();
        assertThat(noBound.err()).contains("no checked upper bound for Ar/N2");

        CliRun badPair = CliRun.of("tradeoff", "plot", "--pair", "HeN2");
        assertThat(badPair.isOneLineBadInput()).as(badPair.err()).isTrue();

        CliRun missingPair = CliRun.of("tradeoff", "plot");
        assertThat(missingPair.isOneLineBadInput()).as(missingPair.err()).isTrue();

        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, HEADER);
        CliRun notSvg = CliRun.of("tradeoff", "plot", "--pair", "He/N2", "-o", csv.toString());
        assertThat(notSvg.isOneLineBadInput()).as(notSvg.err()).isTrue();
        assertThat(Files.readString(csv)).isEqualTo(HEADER); // nothing the user gave is overwritten

        CliRun missingFile = CliRun.of("tradeoff", "plot", "--pair", "He/N2", "--data", "nope.csv");
        assertThat(missingFile.isOneLineBadInput()).as(missingFile.err()).isTrue();
        assertThat(missingFile.err()).contains("nope.csv: file not found");

        Path badHeader = dir.resolve("h.csv");
        Files.writeString(badHeader, "material,pair,permeance\n");
        CliRun header = CliRun.of("tradeoff", "plot", "--pair", "He/N2", "--data", badHeader.toString());
        assertThat(header.isOneLineBadInput()).as(header.err()).isTrue();
        assertThat(header.err()).contains(":1: unknown column 'permeance'");

        CliRun nothing = CliRun.of("tradeoff", "plot", "--pair", "Ar/C3H8");
        assertThat(nothing.isOneLineBadInput()).as(nothing.err()).isTrue();
        assertThat(nothing.err()).contains("nothing to plot for Ar/C3H8");

        CliRun badThickness = CliRun.of("tradeoff", "plot", "--pair", "He/N2", "--bound-thickness", "-1um");
        assertThat(badThickness.isOneLineBadInput()).as(badThickness.err()).isTrue();
    }

    @Test
    void aPlotNeverReplacesAnExistingFigureWithoutForce() throws Exception {
        Path svg = dir.resolve("mine.svg");
        Path png = dir.resolve("mine.png");
        Files.writeString(png, "a figure of the user's own");
        CliRun r = CliRun.of("tradeoff", "plot", "--pair", "He/N2", "-o", svg.toString());
        assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
        assertThat(r.err()).contains("mine.png", "exists; not replaced");
        assertThat(Files.readString(png)).isEqualTo("a figure of the user's own");
        assertThat(svg).doesNotExist();
        CliRun forced = CliRun.of("tradeoff", "plot", "--pair", "He/N2", "-o", svg.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
}
