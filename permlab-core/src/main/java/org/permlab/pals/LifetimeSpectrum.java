package org.permlab.pals;

import java.util.Arrays;

import org.permlab.error.InvalidInputException;

/**
 * A measured positron-lifetime spectrum: counts per channel, channel 1 first (CONVENTIONS §4: channel k spans
 * channel-time [k-1, k], so its time interval relative to T0 is [(k-1-T0) w, (k-T0) w]).
 *
 * @param label          what the file calls it (a header line, or the file name)
 * @param counts         counts per channel, finite and non-negative, not all zero
 * @param channelWidthNs the channel width w, ns
 */
public record LifetimeSpectrum(String label, double[] counts, double channelWidthNs) {

    /**
     * The largest count a channel may hold: 2^53, the largest whole number a double holds exactly (counts are
     * whole numbers of events; real spectra hold 10^6 to 10^8 counts in all).
     */
    public static final double MAX_COUNT = 9007199254740992.0;

    public LifetimeSpectrum {
        counts = counts.clone();
        if (counts.length == 0) {
            throw InvalidInputException.of("counts", "the spectrum has no channels");
        }
        boolean any = false;
        for (int k = 0; k < counts.length; k++) {
            double c = counts[k];
            if (!Double.isFinite(c)) {
                throw InvalidInputException.of("channel " + (k + 1), "count is not a finite number: " + c);
            }
            if (c < 0) {
                throw InvalidInputException.of("channel " + (k + 1), "count is negative: " + c);
            }
            if (c > MAX_COUNT) {
                throw InvalidInputException.of("channel " + (k + 1), tooLarge(c));
            }
            any |= c > 0;
        }
        if (!any) {
            throw InvalidInputException.of("counts", "all " + counts.length + " channels are zero");
        }
        if (!(channelWidthNs > 0) || !Double.isFinite(channelWidthNs)) {
            throw InvalidInputException.of("channel width", "must be positive, got " + channelWidthNs + " ns");
        }
    }

    /** The message for a count above {@link #MAX_COUNT}. */
    public static String tooLarge(double count) {
        return "a count of " + count + " is beyond 2^53, the largest whole number permlab counts exactly (a "
                + "spectrum holds about 10^6 to 10^8 counts in all)";
    }

    /** A copy of the counts (index 0 is channel 1). */
    @Override
    public double[] counts() {
        return counts.clone();
    }

    /** The count in channel k (1-based). */
    public double count(int channel) {
        return counts[channel - 1];
    }

    public int channels() {
        return counts.length;
    }

    /** Sum of the counts in a range. */
    public double sum(ChannelRange range) {
        double s = 0.0;
        for (int k = range.first(); k <= range.last(); k++) {
            s += counts[k - 1];
        }
        return s;
    }

    /** The same counts under another channel width. */
    public LifetimeSpectrum withChannelWidth(double widthNs) {
        return new LifetimeSpectrum(label, counts, widthNs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LifetimeSpectrum s && s.label.equals(label) && Arrays.equals(s.counts, counts)
                && s.channelWidthNs == channelWidthNs;
    }

    @Override
    public int hashCode() {
        return 31 * label.hashCode() + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "LifetimeSpectrum[" + label + ", " + counts.length + " channels of " + channelWidthNs + " ns]";
    }
}
