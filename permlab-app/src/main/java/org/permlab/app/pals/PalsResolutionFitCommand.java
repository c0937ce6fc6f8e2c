package org.permlab.app.pals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code permlab pals resolution-fit}. */
@Command(name = "resolution-fit", mixinStandardHelpOptions = true,
        description = "Fit the resolution function (PALSfit's RESOLUTIONFIT) from a reference spectrum: the "
                + "FWHMs and the shifts of all but the first Gaussian are fitted, with the lifetimes, T0 and "
                + "background.",
        footer = {"", "Examples:",
            "  permlab pals resolution-fit ref.dat --channel-width 13ps --lifetimes 0.22 \\",
            "      --resolution 0.23:85 --resolution 0.35:15:0.05",
            "  permlab pals resolution-fit --control REF.rfc --json"})
final class PalsResolutionFitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PalsFitRun options;

    @Parameters(arity = "0..*", paramLabel = "SPECTRUM", description = "Reference spectrum files or folders.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        return options.execute(spec, inputs, true);
    }
}
