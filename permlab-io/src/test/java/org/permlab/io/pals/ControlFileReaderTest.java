package org.permlab.io.pals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.error.InvalidInputException;
import org.permlab.pals.AreaConstraint;
import org.permlab.pals.Background;
import org.permlab.pals.ChannelRange;
import org.permlab.pals.FitSettings;
import org.permlab.pals.IntensityConstraint;
import org.permlab.pals.LifetimeComponent;
import org.permlab.pals.LifetimeFitter;
import org.permlab.pals.LifetimeSpectrum;
import org.permlab.pals.Parameter;
import org.permlab.pals.Resolution;
import org.permlab.pals.SimulationSpec;
import org.permlab.pals.SourceCorrection;
import org.permlab.pals.SpectrumSimulator;

/** POSITRONFIT/RESOLUTIONFIT control files read unchanged, and bad ones as one-line errors that say where. */
class ControlFileReaderTest {

    @TempDir
    Path dir;

    static final SimulationSpec SPEC = new SimulationSpec(2048, 0.013, 250.4, Resolution.single(0.241),
            List.of(new SimulationSpec.Component(0.2, 0, 30), new SimulationSpec.Component(0.45, 0, 50),
                    new SimulationSpec.Component(2.0, 0, 20)), 2e6, 20, Optional.of(SourceCorrection.single(0.402,
                            9.981)));

    /** A spectrum in PATFIT's layout: a header record, then records of (i6,9i7). */
    static String patfit(String header, double[] counts) {
        return patfit(header, counts, "\r\n");
    }

    static String patfit(String header, double[] counts, String eol) {
        StringBuilder sb = new StringBuilder(header).append(eol);
        for (int i = 0; i < counts.length; i++) {
            sb.append(String.format(i % 10 == 0 ? "%6d" : "%7d", (long) counts[i]));
            if (i % 10 == 9 || i == counts.length - 1) {
                sb.append(eol);
            }
        }
        return sb.toString();
    }

    static final String BLOCKS_3_TO_8 = """
            POSITRONFIT DATA BLOCK 3: CHANNEL RANGES. TIME SCALE. TIME-ZERO.
                     1
                  2048
                   200
                  2048
              0.013000
            G    250.000
            POSITRONFIT DATA BLOCK 4: RESOLUTION FUNCTION
                     1
              0.2410
             100.000
              0.0000
            POSITRONFIT DATA BLOCK 5: LIFETIMES AND INTENSITY CONSTRAINTS
                     3
            GGG
              0.200  0.450  2.000
            FFF
              0 0 0
                     0
            POSITRONFIT DATA BLOCK 6: BACKGROUND CONSTRAINTS
                     0
            POSITRONFIT DATA BLOCK 7: AREA CONSTRAINTS
                     0
            POSITRONFIT DATA BLOCK 8: SOURCE CORRECTION
                     1
              0.402
              0.000
             100.000
              9.981
                     0
            """;

    private Path job(String blocks1and2, String rest) throws IOException {
        Path pfc = dir.resolve("JOB.pfc");
        Files.writeString(pfc, (blocks1and2 + rest).replace("\n", "\r\n"));
        return pfc;
    }

    private static final String HEAD = """
            POSITRONFIT DATA BLOCK 1: OUTPUT OPTIONS
            0101
            POSITRONFIT DATA BLOCK 2: SPECTRUM
                  2048
            (/,(i6,9i7))
            data\\glass.dat
            ZIF-62 glass membrane
             0
            """;

    @Test
    void aPositronfitJobWithItsSpectrumInASubfolder() throws IOException {
        LifetimeSpectrum s = SpectrumSimulator.simulate(SPEC, true, 3, "x");
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/glass.dat"), patfit("ZIF-62 glass membrane", s.counts()));
        PalsJob job = ControlFileReader.read(job(HEAD, BLOCKS_3_TO_8), "JOB.pfc");
        assertThat(job.program()).isEqualTo("POSITRONFIT");
        assertThat(job.outputFlags()).isEqualTo("0101");
        assertThat(job.spectrum().spectrum().counts()).containsExactly(s.counts());
        assertThat(job.spectrum().spectrum().channelWidthNs()).isEqualTo(0.013);
        assertThat(job.spectrum().spectrum().label()).isEqualTo("ZIF-62 glass membrane");
        FitSettings f = job.settings();
        assertThat(f.fitRange()).isEqualTo(new ChannelRange(200, 2048));
        assertThat(f.areaRange()).contains(new ChannelRange(1, 2048));
        assertThat(f.t0Channel()).contains(Parameter.free(250.0));
        assertThat(f.resolution()).isEqualTo(Resolution.single(0.241));
        assertThat(f.components()).extracting(c -> c.lifetimeNs().value()).containsExactly(0.2, 0.45, 2.0);
        assertThat(f.components()).allMatch(c -> c instanceof LifetimeComponent.Exponential && c.lifetimeNs().free());
        assertThat(f.background()).isEqualTo(new Background.Free());
        assertThat(f.sourceCorrection()).contains(SourceCorrection.single(0.402, 9.981));
        // the job fits exactly like the same settings given through the API
        FitSettings api = FitSettings.of(new ChannelRange(200, 2048), Resolution.single(0.241), 0.2, 0.45, 2.0)
                .withAreaRange(Optional.of(new ChannelRange(1, 2048))).withT0(Optional.of(Parameter.free(250.0)))
                .withSourceCorrection(Optional.of(SourceCorrection.single(0.402, 9.981)));
        assertThat(LifetimeFitter.fit(job.spectrum().spectrum(), f).result().lifetimesNs())
                .containsExactly(LifetimeFitter.fit(s, api).result().lifetimesNs());
    }

    @Test
    void inlineSpectrumConstraintsBroadeningAndASecondCycleBlock() throws IOException {
        LifetimeSpectrum s = SpectrumSimulator.simulate(SPEC, true, 4, "x");
        String head = """
                POSITRONFIT DATA BLOCK 1: OUTPUT OPTIONS
                0000 16
                POSITRONFIT DATA BLOCK 2: SPECTRUM
                      2048
                (/,(i6,9i7))
                unused.dat
                inline spectrum
                 1
                """ + patfit("inline spectrum", s.counts(), "\n");
        String rest = BLOCKS_3_TO_8
                .replace("GGG\n  0.200  0.450  2.000\nFFF\n  0 0 0\n         0\n",
                        "G G F\n  0.200  0.450  2.000\nFFG\n  0 0 0.3\n         1\n 3 0 -1 0\n")
                .replace("BLOCK 6: BACKGROUND CONSTRAINTS\n         0", "BLOCK 6: BACKGROUND CONSTRAINTS\n  1\n  1 150")
                .replace("BLOCK 7: AREA CONSTRAINTS\n         0", "BLOCK 7: AREA CONSTRAINTS\n  2  1.9e6")
                .replace("  9.981\n         0\n",
                        "  9.981\n         2\n 3\nGGG\n 0.2 0.45 2.0\nFFF\n 0 0 0\n 0\nF 250.5\n");
        PalsJob job = ControlFileReader.read(job(head, rest), "JOB.pfc");
        FitSettings f = job.settings();
        assertThat(job.spectrum().spectrum().counts()).containsExactly(s.counts());
        assertThat(f.logNormalNodes()).isEqualTo(16);
        assertThat(f.components().get(2)).isEqualTo(new LifetimeComponent.LogNormal(Parameter.fixed(2.0),
                Parameter.free(0.3)));
        assertThat(f.components().get(1).lifetimeNs().free()).isTrue();
        assertThat(f.intensityConstraints()).containsExactly(new IntensityConstraint.Linear(List.of(3.0, 0.0, -1.0),
                0.0));
        assertThat(f.background()).isEqualTo(new Background.FromChannels(new ChannelRange(1, 150)));
        assertThat(f.area()).isEqualTo(new AreaConstraint.Fixed(1.9e6));
        var second = f.sourceCorrection().orElseThrow().secondCycle().orElseThrow();
        assertThat(second.components()).hasSize(3);
        assertThat(second.t0Channel()).contains(Parameter.fixed(250.5));
    }

    @Test
    void aResolutionfitJob() throws IOException {
        LifetimeSpectrum s = SpectrumSimulator.simulate(SPEC, true, 5, "x");
        Files.writeString(dir.resolve("ref.dat"), patfit("reference", s.counts()));
        String rfc = """
                RESOLUTIONFIT DATA BLOCK 1: OUTPUT OPTIONS
                0000
                RESOLUTIONFIT DATA BLOCK 2: SPECTRUM
                      2048
                (/,(i6,9i7))
                ref.dat
                reference
                 0
                RESOLUTIONFIT DATA BLOCK 3: CHANNEL RANGES. TIME SCALE. TIME-ZERO.
                 1 2048 200 2048 0.013 G 250
                RESOLUTIONFIT DATA BLOCK 4: RESOLUTION FUNCTION
                 2
                GG
                 0.23 0.35
                 85 15
                FG
                 0 0.05
                RESOLUTIONFIT DATA BLOCK 5: LIFETIMES AND INTENSITY CONSTRAINTS
                 1
                G
                 0.22
                 0
                RESOLUTIONFIT DATA BLOCK 6: BACKGROUND CONSTRAINTS
                 0
                """;
        Path file = dir.resolve("REF.rfc");
        Files.writeString(file, rfc);
        PalsJob job = ControlFileReader.read(file, "REF.rfc");
        assertThat(job.program()).isEqualTo("RESOLUTIONFIT");
        var peaks = job.settings().resolution().peaks();
        assertThat(peaks.get(0).fwhmNs()).isEqualTo(Parameter.free(0.23));
        assertThat(peaks.get(0).shiftNs()).isEqualTo(Parameter.fixed(0.0));
        assertThat(peaks.get(1).shiftNs()).isEqualTo(Parameter.free(0.05));
        assertThat(peaks.get(1).fraction()).isEqualTo(0.15);
        assertThat(job.settings().sourceCorrection()).isEmpty();
    }

    @Test
    void badControlFilesSayWhatAndWhere() throws IOException {
        LifetimeSpectrum s = SpectrumSimulator.simulate(SPEC, true, 6, "x");
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/glass.dat"), patfit("ZIF-62 glass membrane", s.counts()));
        // a fit range past the spectrum: block 3, the line of the last channel
        assertThatThrownBy(() -> ControlFileReader.read(job(HEAD, BLOCKS_3_TO_8.replace("      2048\n  0.013000",
                "      4096\n  0.013000")), "JOB.pfc"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("JOB.pfc:13:7: block 3: fit range: channels 200..4096 run past the end of the spectrum, "
                        + "which has 2048 channels");
        // text where a number belongs
        assertThatThrownBy(() -> ControlFileReader.read(job(HEAD, BLOCKS_3_TO_8.replace("  0.013000", "  13ps")),
                "JOB.pfc")).hasMessage("JOB.pfc:14:3: block 3: expected the time scale (ns per channel) (a number), "
                        + "got '13ps'");
        // a flag word of the wrong length
        assertThatThrownBy(() -> ControlFileReader.read(job(HEAD, BLOCKS_3_TO_8.replace("GGG", "GG")), "JOB.pfc"))
                .hasMessageContaining("JOB.pfc:23:1: block 5:").hasMessageContaining("got 'GG'");
        // a missing block
        assertThatThrownBy(() -> ControlFileReader.read(job(HEAD, BLOCKS_3_TO_8.substring(0,
                BLOCKS_3_TO_8.indexOf("POSITRONFIT DATA BLOCK 8"))), "JOB.pfc"))
                .hasMessage("JOB.pfc: block 8: the POSITRONFIT data block 8 (source correction) is missing");
        // a spectrum file that is not there
        assertThatThrownBy(() -> ControlFileReader.read(job(HEAD.replace("data\\glass.dat", "C:\\PALS\\nope.dat"),
                BLOCKS_3_TO_8), "JOB.pfc")).hasMessageStartingWith("JOB.pfc:6:1: block 2: spectrum file: "
                        + "'C:\\PALS\\nope.dat' not found");
        // not a control file at all
        assertThatThrownBy(() -> ControlFileReader.read(job("hello\n", ""), "JOB.pfc"))
                .hasMessageContaining("not a PALSfit control file");
        // something left over at the end of a block
        assertThatThrownBy(() -> ControlFileReader.read(job(HEAD, BLOCKS_3_TO_8.replace(
                "BLOCK 6: BACKGROUND CONSTRAINTS\n         0", "BLOCK 6: BACKGROUND CONSTRAINTS\n         0 7")),
                "JOB.pfc")).hasMessageContaining("block 6: unexpected '7'");
    }

    @Test
    void aWindowsPathElsewhereIsLookedForNextToTheControlFile() throws IOException {
        LifetimeSpectrum s = SpectrumSimulator.simulate(SPEC, true, 7, "x");
        Files.writeString(dir.resolve("glass.dat"), patfit("ZIF-62 glass membrane", s.counts()));
        PalsJob job = ControlFileReader.read(job(HEAD.replace("data\\glass.dat", "C:\\Users\\lab\\glass.dat"),
                BLOCKS_3_TO_8), "JOB.pfc");
        assertThat(job.spectrum().spectrum().channels()).isEqualTo(2048);
        assertThat(job.notes()).anyMatch(n -> n.contains("control file's folder"));
    }

    /**
     * In a study a control file may name only files the study may read: one naming {@code ../../x.dat} is refused
     * at its line, without reading or quoting the outside file (the malformed-input campaign: a .pfc naming an
     * outside file was read and its content quoted into the report).
     */
    @Test
    void aSpectrumOutsideTheAllowedFoldersIsRefusedUnread() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.dat"), "TOPSECRET\n");
        Path study = Files.createDirectories(dir.resolve("study"));
        Path pfc = study.resolve("JOB.pfc");
        Files.writeString(pfc, (HEAD + BLOCKS_3_TO_8).replace("data\\glass.dat", "../secret.dat"));
        Path root = study.toRealPath();
        assertThatThrownBy(() -> ControlFileReader.read(pfc, "JOB.pfc", p -> p.toAbsolutePath().normalize()
                .startsWith(root))).isInstanceOf(InvalidInputException.class)
                .hasMessage("JOB.pfc:6:1: block 2: spectrum file: '../secret.dat' lies outside the folders this "
                        + "study may read (its own; more with report --allow-outside DIR); not read")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOPSECRET"));
        // given on the command line, the user's own control file may name it
        assertThatThrownBy(() -> ControlFileReader.read(pfc, "JOB.pfc")).hasMessageNotContaining("outside");
        assertThat(outside).exists();
    }
}
