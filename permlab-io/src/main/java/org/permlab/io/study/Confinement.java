package org.permlab.io.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether a path, with its links followed, lies inside one of a set of folders. */
final class Confinement {

    private Confinement() {
    }

    static boolean inside(Path file, List<Path> roots) {
        Path real = real(file);
        for (Path root : roots) {
            if (real.startsWith(real(root))) {
                return true;
            }
        }
        return false;
    }

    /** The real path where it exists (links followed), else the absolute normalised path. */
    private static Path real(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
