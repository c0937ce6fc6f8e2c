package org.permlab.io.pals;

import java.util.List;

import org.permlab.pals.LifetimeSpectrum;

/**
 * A spectrum as read from a file.
 *
 * @param spectrum           the counts (channel 1 first) and channel width
 * @param source             the file as the user named it
 * @param layout             how it was read, e.g. "plain", "csv", "fortran (/,(i6,9i7))"
 * @param firstChannelInFile the file's number for permlab's channel 1 (CSV files may start at 0)
 * @param notes              what the reader decided (header lines skipped, which spectrum of several)
 */
public record SpectrumFile(LifetimeSpectrum spectrum, String source, String layout, int firstChannelInFile,
        List<String> notes) {

    public SpectrumFile {
        notes = List.copyOf(notes);
    }
}
