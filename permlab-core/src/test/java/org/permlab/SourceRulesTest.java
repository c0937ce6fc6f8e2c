package org.permlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Rules of the code base that a scan can check (docs/developing.md): core names quantities, never a command-line
 * flag (the CLI maps its flags); the GPU and Barrer factors are written once, in {@code org.permlab.quantity}, and
 * every other place takes them from {@code Units}.
 */
class SourceRulesTest {

    /** The main sources of every module, from this module's folder (Maven runs tests there). */
    private static List<Path> mainSources(String... modules) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String m : modules) {
            Path root = Path.of("..", m, "src", "main", "java");
            try (Stream<Path> all = Files.walk(root)) {
                all.filter(f -> f.toString().endsWith(".java")).forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void coreNamesNoCommandLineFlag() throws IOException {
        List<Path> files = mainSources("permlab-core");
        assertThat(files).hasSizeGreaterThan(150);
        for (Path p : files) {
            assertThat(Files.readString(p)).as(p.toString()).doesNotContain("\"--");
        }
    }

    @Test
    void theGpuAndBarrerFactorsAreWrittenOnlyInTheQuantityPackage() throws IOException {
        List<Path> files = mainSources("permlab-core", "permlab-io", "permlab-app", "permlab-bench");
        assertThat(files).hasSizeGreaterThan(300);
        int quantity = 0;
        for (Path p : files) {
            String text = Files.readString(p);
            if (p.toString().replace('\\', '/').contains("/org/permlab/quantity/")) {
                quantity += text.contains("3.3464e-10") ? 1 : 0;
                continue;
            }
            assertThat(text).as(p.toString()).doesNotContain("3.3464e-10").doesNotContain("3.3464e-16");
        }
        // the one definition (Units' description of GPU) is where the scan expects it
        assertThat(quantity).isEqualTo(1);
    }
}
