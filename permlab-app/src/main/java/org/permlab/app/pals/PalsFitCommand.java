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

/** {@code permlab pals fit}. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit lifetime spectra as POSITRONFIT does: 1-5 components, resolution of up to 5 shifted "
                + "Gaussians, background, constraints, source correction; Poisson maximum likelihood.",
        footer = {"", "SPECTRUM is a spectrum file (plain counts, channel/counts CSV, or a Fortran layout with "
            + "--format), a folder of them, or a POSITRONFIT control file (.pfc). Several spectra are fitted in "
            + "parallel, one row each; a file that fails is reported and the others go on (exit 2 if any "
            + "failed).", "",
            "Examples:",
            "  permlab pals fit glass.dat --channel-width 13ps --resolution 241ps --source 402ps:9.981",
            "  permlab pals fit --control JOB.pfc --json",
            "  permlab pals fit spec.dat --channel-width 25ps --format '(/,(i6,9i7))' --channels 1024 \\",
            "      --resolution 0.23:85 --resolution 0.35:15:0.05",
            "  permlab pals fit runs/ --channel-width 13ps --resolution 241ps -o fits/"})
final class PalsFitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PalsFitRun options;

    @Parameters(arity = "0..*", paramLabel = "SPECTRUM", description = "Spectrum files or folders.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        return options.execute(spec, inputs, false);
    }
}
