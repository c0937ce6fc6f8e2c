package org.permlab.io.permeation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.error.InvalidInputException;

/**
 * Segments of a run description: an injection belongs to exactly one condition, so segments that overlap are
 * refused at the segment (the malformed-input campaign: He 0-3 h over N2 2-4 h was reduced with exit 0 and printed
 * {@code < NaN (not detected)} for gases at 500-7000 ppm).
 */
class RunDescriptionReaderTest {

    @TempDir
    Path tmp;

    private static final String HEAD = """
            membrane: {id: M1, area: 2.0 cm2}
            sweep: Ar
            reference_state: 0C
            detection_limits: {He: 5 ppm, N2: 5 ppm}
            segments:
            """;

    private Path write(String segments) throws IOException {
        Path f = tmp.resolve("t.run.yaml");
        Files.writeString(f, HEAD + segments);
        return f;
    }

    @Test
    void adjacentSegmentsAreRead() throws IOException {
        Path f = write("""
                  - {label: He, from: 0 h, to: 2 h}
                  - {label: N2, from: 2 h, to: 4 h}
                """);
        RunSpec spec = RunDescriptionReader.read(f, f.toString());
        assertThat(spec.run().segments()).extracting(s -> s.span().toS()).containsExactly(7200.0, 14400.0);
    }

    @Test
    void overlappingSegmentsAreRefusedAtTheLaterSegment() throws IOException {
        Path f = write("""
                  - {label: He, from: 0 h, to: 3 h}
                  - {label: N2, from: 2 h, to: 4 h}
                """);
        assertThatThrownBy(() -> RunDescriptionReader.read(f, f.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("t.run.yaml:7:23: segments[1].from:")
                .hasMessageContaining("segment 'N2' starts at 2 h, before segment 'He' ends (3 h)")
                .hasMessageContaining("may not overlap");
    }
}
