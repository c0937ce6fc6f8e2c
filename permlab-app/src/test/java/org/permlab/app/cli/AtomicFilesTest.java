package org.permlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.error.InvalidInputException;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void outputGetsTheSamePermissionsAsAPlainlyCreatedFile() throws Exception {
        // whatever the umask, an output file must be as readable as any file the user creates (not owner-only,
        // which is what Files.createTempFile would give)
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path ours = AtomicFiles.writeString(dir.resolve("report.html"), "<html></html>");
        assertThat(Files.getPosixFilePermissions(ours)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.readString(ours)).isEqualTo("<html></html>");
    }

    @Test
    void replacesAndLeavesNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("results.json");
        AtomicFiles.writeString(target, "1");
        AtomicFiles.writeString(target, "2");
        assertThat(Files.readString(target)).isEqualTo("2");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousFile() throws Exception {
        Path target = dir.resolve("results.json");
        AtomicFiles.writeString(target, "previous");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write('x');
            throw new java.io.IOException("disk full");
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot write");
        assertThat(Files.readString(target)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
