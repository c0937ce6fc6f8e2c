package org.permlab.process;

/** Which side of a hollow fibre the feed flows on. */
public enum FeedSide {
    /** Feed outside the fibres, permeate in the bores (the usual arrangement for high-pressure gas). */
    SHELL,
    /** Feed inside the fibres, permeate on the shell side. */
    BORE;

    /** The word used in files: {@code shell} or {@code bore}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
