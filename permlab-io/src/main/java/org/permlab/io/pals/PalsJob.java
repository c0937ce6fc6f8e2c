package org.permlab.io.pals;

import java.util.List;

import org.permlab.pals.FitSettings;

/**
 * A fitting job read from a POSITRONFIT (or RESOLUTIONFIT) control file: the spectrum, the settings, and what
 * the file asked for besides.
 *
 * @param program      "POSITRONFIT" or "RESOLUTIONFIT"
 * @param spectrum     the spectrum, read from its file or inline
 * @param settings     the fit's settings (blocks 3 to 8)
 * @param outputFlags  block 1's four output flags as written (e.g. "0101")
 * @param control      the control file as the user named it
 * @param notes        what the reader decided (a Windows path resolved to the control file's folder, ...)
 */
public record PalsJob(String program, SpectrumFile spectrum, FitSettings settings, String outputFlags, String control,
        List<String> notes) {

    public PalsJob {
        notes = List.copyOf(notes);
    }
}
