package org.permlab.app.pals;

import org.permlab.app.cli.VerbGroup;

import picocli.CommandLine.Command;

/** {@code permlab pals fit|resolution-fit|simulate|free-volume}. */
@Command(name = "pals", mixinStandardHelpOptions = true,
        description = "Positron annihilation lifetime spectroscopy: fit spectra as POSITRONFIT/RESOLUTIONFIT do, "
                + "simulate them, and turn o-Ps lifetimes into cavity sizes and free volume.",
        subcommands = {PalsFitCommand.class, PalsResolutionFitCommand.class, PalsSimulateCommand.class,
            PalsFreeVolumeCommand.class},
        footer = {"", "Examples:",
            "  permlab pals fit glass.dat --channel-width 13ps --resolution 241ps --source 402ps:9.981",
            "  permlab pals fit --control JOB.pfc --json",
            "  permlab pals fit spectra/ --channel-width 13ps --resolution 241ps    # a folder: one row each",
            "  permlab pals simulate -o sim.dat --lifetimes 0.2,0.45,2.0 --intensities 30,50,20 --seed 1",
            "  permlab pals free-volume --tau3 1.874 --i3 20", "", "Documentation: docs/pals.md"})
public final class PalsCommand extends VerbGroup {
}
