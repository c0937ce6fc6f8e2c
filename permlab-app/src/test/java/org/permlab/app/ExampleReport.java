package org.permlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.permlab.app.cli.CliRun;

/**
 * The example study's report, run once per test JVM and shared by every test that checks a section of it (the report
 * fits spectra, reduces logs and solves cascades: about ten seconds). The study is a copy in a temporary folder, with
 * a file of the user's own in {@code out/} that the report must leave alone.
 */
public final class ExampleReport {

    /** The example study in the repository. */
    public static final Path EXAMPLE = Path.of("..", "examples", "zif62-helium");
    /** A user's file placed in {@code out/} before the report runs. */
    public static final String USER_FILE = "my-notes.txt";

    /**
     * One report run.
     *
     * @param study   the copied study folder
     * @param cli     what {@code permlab report} printed and returned
     * @param results {@code out/results.json}
     */
    public record Run(Path study, CliRun cli, JsonNode results) {

        /** A file under {@code out/}. */
        public Path out(String relative) {
            return study.resolve("out").resolve(relative);
        }

        /** {@code out/report.html}. */
        public String html() {
            try {
                return Files.readString(out("report.html"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A section of results.json. */
        public JsonNode section(String id) {
            return results.at("/sections/" + id);
        }
    }

    private static Run run;

    private ExampleReport() {
    }

    /** The report of the example study (computed on first use; the run must succeed). */
    public static synchronized Run get() {
        if (run == null) {
            try {
                Path root = Files.createTempDirectory("permlab-example-report-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
                Path study = copyExample(root.resolve("study"));
                Files.createDirectories(study.resolve("out"));
                Files.writeString(study.resolve("out").resolve(USER_FILE), "mine");
                CliRun cli = CliRun.of("report", study.toString());
                assertThat(cli.exitCode()).as(cli.err()).isZero();
                run = new Run(study, cli, new ObjectMapper().readTree(study.resolve("out/results.json").toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run;
    }

    /** Copies the example study (without its {@code out/}) into {@code target}, for tests that change it. */
    public static Path copyExample(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path rel = EXAMPLE.relativize(p);
                if (rel.startsWith("out")) {
                    continue;
                }
                Path to = target.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; nothing more to do
        }
    }
}
