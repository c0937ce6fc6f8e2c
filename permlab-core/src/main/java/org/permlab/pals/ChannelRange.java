package org.permlab.pals;

import org.permlab.error.InvalidInputException;

/**
 * A range of channels, 1-based and inclusive, numbered as in the spectrum file (channel k spans channel-time
 * [k-1, k], CONVENTIONS §4).
 */
public record ChannelRange(int first, int last) {

    public ChannelRange {
        if (first < 1 || last < first) {
            throw InvalidInputException.of("channel range", "expected 1 <= first <= last, got " + first + ".."
                    + last);
        }
    }

    public int size() {
        return last - first + 1;
    }

    public boolean contains(int channel) {
        return channel >= first && channel <= last;
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
