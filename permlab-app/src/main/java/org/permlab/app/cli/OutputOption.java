package org.permlab.app.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

import org.permlab.io.safety.OutputFolder;

import picocli.CommandLine.Option;

/**
 * The {@code -o/--out DIR} and {@code --force} options every verb that writes files shares
 * ({@code @Mixin OutputOption out;}); the verb's help footer says which files it writes. Files go only into DIR,
 * never onto an input, and a file permlab did not write there is not replaced without {@code --force}
 * ({@link OutputFolder}).
 */
public final class OutputOption {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write the output files (figures, tables) "
            + "into DIR.")
    Path dir;

    @Option(names = "--force", description = "Replace files in DIR that permlab did not write.")
    boolean force;

    /** The folder given, if any. */
    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    /** Whether {@code --force} was given. */
    public boolean force() {
        return force;
    }

    /** Opens the output folder, if {@code -o} was given; the inputs of the run are never written over. */
    public Optional<OutputFolder> open(Collection<Path> inputs) {
        return dir().map(d -> OutputFolder.open(d, force, inputs));
    }
}
