package org.permlab.io.pals;

import java.util.Optional;

/**
 * How a spectrum file is laid out.
 *
 * <ul>
 * <li>{@code PLAIN}: counts as numbers, one or many per line (separated by blanks, tabs, commas or semicolons);
 * header lines of text before the data; several spectra separated by blank lines (PALSfit's spectrum files).</li>
 * <li>{@code CSV}: two columns, channel and counts, with an optional header row (comma, semicolon or tab).</li>
 * <li>{@code FORTRAN}: fixed-width fields described by a Fortran format such as {@code (/,(i6,9i7))}.</li>
 * </ul>
 *
 * @param kind    the layout
 * @param fortran the Fortran format, for {@code FORTRAN}
 */
public record SpectrumFormat(Kind kind, Optional<FortranFormat> fortran) {

    /** The layouts. */
    public enum Kind { AUTO, PLAIN, CSV, FORTRAN }

    public static SpectrumFormat auto() {
        return new SpectrumFormat(Kind.AUTO, Optional.empty());
    }

    public static SpectrumFormat plain() {
        return new SpectrumFormat(Kind.PLAIN, Optional.empty());
    }

    public static SpectrumFormat csv() {
        return new SpectrumFormat(Kind.CSV, Optional.empty());
    }

    public static SpectrumFormat fortran(String format) {
        return new SpectrumFormat(Kind.FORTRAN, Optional.of(FortranFormat.parse(format)));
    }
}
