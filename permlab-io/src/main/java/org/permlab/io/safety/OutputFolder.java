package org.permlab.io.safety;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.permlab.error.InvalidInputException;

/**
 * The one way permlab writes output: into a folder the user pointed at, under names permlab chose, each file
 * written atomically (a hidden temporary sibling moved into place, so a reader never sees half a file and an
 * interrupted run leaves the previous output intact).
 *
 * <p>The rules, the same for every verb: a name is relative and stays inside the folder (no {@code ..}, no
 * absolute path, no symbolic link out of it); nothing is written onto one of the run's inputs; a file that permlab
 * did not write in this folder (it is not in the folder's manifest {@value #MANIFEST}) is not replaced unless the
 * user said {@code --force}; hidden temporary files left by an interrupted run are removed when the folder is opened.
 */
public final class OutputFolder {

    /** The file in an output folder that lists what permlab wrote there, one relative name a line. */
    public static final String MANIFEST = ".permlab-outputs";

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path dir;
    private final Path realDir;
    private final boolean force;
    private final Set<Path> inputs;
    private final Set<String> ours;
    private final List<Path> written = new ArrayList<>();

    private OutputFolder(Path dir, Path realDir, boolean force, Set<Path> inputs, Set<String> ours) {
        this.dir = dir;
        this.realDir = realDir;
        this.force = force;
        this.inputs = inputs;
        this.ours = ours;
    }

    /**
     * Opens (creating it if needed) the output folder of a run.
     *
     * @param dir    the folder the user pointed at
     * @param force  whether files permlab did not write may be replaced
     * @param inputs the run's input files (never written over)
     */
    public static OutputFolder open(Path dir, boolean force, Collection<Path> inputs) {
        try {
            Files.createDirectories(dir);
            Path real = dir.toRealPath();
            Set<Path> in = new LinkedHashSet<>();
            for (Path p : inputs) {
                in.add(Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize());
            }
            Set<String> ours = new LinkedHashSet<>();
            Path manifest = real.resolve(MANIFEST);
            if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
                for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        ours.add(line.strip());
                    }
                }
            } else {
                ours.addAll(legacyReport(real));
            }
            OutputFolder f = new OutputFolder(dir, real, force, in, ours);
            f.removeStaleTemporaries();
            return f;
        } catch (IOException e) {
            throw InvalidInputException.of(dir.toString(), "cannot use as the output folder: " + e.getMessage());
        }
    }

    /** The folder as the user named it. */
    public Path dir() {
        return dir;
    }

    /** The files written through this folder so far, in order. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    /** Writes text as UTF-8. */
    public Path writeString(String name, String text) {
        return write(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes a file under a relative name (sub-folders allowed), by the rules of this class.
     *
     * @return the path written, as {@code dir.resolve(name)}
     */
    public Path write(String name, Content content) {
        Path rel = Path.of(name).normalize();
        if (rel.isAbsolute() || rel.startsWith("..") || name.isBlank()) {
            throw InvalidInputException.of(name, "an output name must stay inside the output folder " + dir);
        }
        Path target = dir.resolve(rel);
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path realParent = parent.toRealPath();
            if (!realParent.startsWith(realDir)) {
                throw InvalidInputException.of(target.toString(), "leads out of the output folder " + dir
                        + " (a symbolic link?); not written");
            }
            Path realTarget = realParent.resolve(target.getFileName());
            if (Files.isSymbolicLink(realTarget)) {
                throw InvalidInputException.of(target.toString(), "is a symbolic link; permlab does not write "
                        + "through links");
            }
            if (inputs.contains(realTarget)) {
                throw InvalidInputException.of(target.toString(), "is one of this run's inputs; not overwritten");
            }
            String key = realDir.relativize(realTarget).toString().replace('\\', '/');
            if (Files.exists(realTarget) && !force && !ours.contains(key)) {
                throw InvalidInputException.of(target.toString(), "exists and was not written by permlab; not "
                        + "replaced (use --force to replace it)");
            }
            atomicWrite(realTarget, content);
            if (ours.add(key)) {
                writeManifest();
            }
            written.add(target);
            return target;
        } catch (IOException e) {
            throw InvalidInputException.of(target.toString(), "cannot write: " + e.getMessage());
        }
    }

    private void writeManifest() throws IOException {
        StringBuilder b = new StringBuilder();
        for (String s : ours) {
            b.append(s).append('\n');
        }
        atomicWrite(realDir.resolve(MANIFEST), out -> out.write(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void atomicWrite(Path target, Content content) throws IOException {
        Path tmp = target.resolveSibling(tempName(target.getFileName().toString()));
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The hidden temporary name of a file being written, {@code .NAME.PID-HEX.permlab-tmp}: the process id lets a
     * later run tell a leftover of a dead run from a file that a concurrent run is still writing.
     */
    static String tempName(String fileName) {
        return "." + fileName + "." + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".permlab-tmp";
    }

    /** Whether a temporary file was left by a process that no longer runs. */
    static boolean isStale(String fileName) {
        if (!fileName.startsWith(".") || !fileName.endsWith(".permlab-tmp")) {
            return false;
        }
        String core = fileName.substring(0, fileName.length() - ".permlab-tmp".length());
        int dot = core.lastIndexOf('.');
        int dash = core.lastIndexOf('-');
        if (dot < 0 || dash < dot) {
            return true;
        }
        try {
            long pid = Long.parseLong(core.substring(dot + 1, dash));
            return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private void removeStaleTemporaries() throws IOException {
        try (var s = Files.walk(realDir, 4)) {
            for (Path p : s.filter(p -> isStale(p.getFileName().toString())).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The files of a report folder written by a permlab from before the manifest existed: a folder whose
     * {@code results.json} names a {@code permlab_version} holds permlab's own report, figures and tables, so its
     * regular, non-hidden files (to three levels) count as permlab's. Any other folder adopts nothing.
     */
    private static Set<String> legacyReport(Path real) throws IOException {
        Path results = real.resolve("results.json");
        Set<String> adopted = new LinkedHashSet<>();
        if (!Files.isRegularFile(results, LinkOption.NOFOLLOW_LINKS) || Files.size(results) > 1L << 30) {
            return adopted;
        }
        String head;
        try (var r = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
            char[] buf = new char[512];
            int n = r.read(buf);
            head = n > 0 ? new String(buf, 0, n) : "";
        } catch (java.nio.charset.CharacterCodingException e) {
            return adopted;
        }
        if (!head.stripLeading().startsWith("{") || !head.contains("\"permlab_version\"")) {
            return adopted;
        }
        try (var files = Files.walk(real, 3)) {
            files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> real.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> java.util.Arrays.stream(name.split("/", -1)).noneMatch(seg -> seg.startsWith(".")))
                    .forEach(adopted::add);
        }
        return adopted;
    }
}
