package org.permlab.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import org.permlab.error.InvalidInputException;

/**
 * The one way permlab writes an output file: into a hidden sibling temporary file, then moved into place atomically,
 * so a reader never sees half a file and an interrupted run leaves the previous output intact. The temporary file
 * is created with the default permissions (the user's umask), unlike {@code Files.createTempFile}, which makes
 * files readable by their owner only.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically; a failure is bad input naming the file (a missing folder, no permission). */
    public static Path write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                .nextLong()) + ".tmp");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw InvalidInputException.of(target.toString(), "cannot write: " + e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named as ours; nothing else to do
            }
        }
    }

    /** Writes text as UTF-8, atomically. */
    public static Path writeString(Path target, String text) {
        return write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes text as UTF-8, atomically, but refuses to replace an existing file unless {@code replace} is set (the
     * {@code --force} of verbs whose output may land on a file the user cares about).
     */
    public static Path writeString(Path target, String text, boolean replace) {
        if (!replace && Files.exists(target)) {
            throw InvalidInputException.of(target.toString(), "exists; not replaced (use --force to replace it)");
        }
        return writeString(target, text);
    }
}
