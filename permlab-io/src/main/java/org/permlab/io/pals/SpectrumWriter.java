package org.permlab.io.pals;

import java.util.Locale;

import org.permlab.error.InvalidInputException;
import org.permlab.pals.LifetimeSpectrum;

/** Writes spectra in the layouts {@link SpectrumReader} reads back unchanged. */
public final class SpectrumWriter {

    /** The PATFIT layout written: a header record, then ten counts per record in I6 and 9 I7 fields. */
    public static final String PATFIT_FORMAT = "(/,(i6,9i7))";

    private SpectrumWriter() {
    }

    /** Plain: the label as a header line, then one count per line. */
    public static String plain(LifetimeSpectrum s) {
        StringBuilder sb = new StringBuilder(header(s)).append('\n');
        for (double c : s.counts()) {
            sb.append(number(c)).append('\n');
        }
        return sb.toString();
    }

    /** CSV: {@code channel,counts}, channels from 1. */
    public static String csv(LifetimeSpectrum s) {
        StringBuilder sb = new StringBuilder("channel,counts\n");
        double[] c = s.counts();
        for (int k = 0; k < c.length; k++) {
            sb.append(k + 1).append(',').append(number(c[k])).append('\n');
        }
        return sb.toString();
    }

    /** PATFIT's fixed-width layout {@value #PATFIT_FORMAT}; counts must be whole and fit the fields. */
    public static String patfit(LifetimeSpectrum s) {
        StringBuilder sb = new StringBuilder(header(s)).append('\n');
        double[] c = s.counts();
        for (int k = 0; k < c.length; k++) {
            if (c[k] != Math.rint(c[k]) || (c[k] > 99_999 && k % 10 == 0) || c[k] > 999_999) {
                throw InvalidInputException.of("format", "channel " + (k + 1) + " holds " + number(c[k])
                        + ", which does not fit PATFIT's " + PATFIT_FORMAT + " layout; write it as plain or csv");
            }
            sb.append(String.format(Locale.ROOT, k % 10 == 0 ? "%6d" : "%7d", (long) c[k]));
            if (k % 10 == 9 || k == c.length - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String header(LifetimeSpectrum s) {
        String h = s.label().replace('\n', ' ').strip();
        // a header must not read as numbers, or a reader would take it for data
        return h.isEmpty() || h.matches("[-+0-9.eE\\s,;]+") ? "spectrum " + h : h;
    }

    private static String number(double c) {
        return c == Math.rint(c) && Math.abs(c) < 1e15 ? Long.toString((long) c) : Double.toString(c);
    }
}
