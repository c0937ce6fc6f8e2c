package org.permlab.io.study;

/** What a sample is: a supported membrane (has an area, usually a thickness) or a powder. */
public enum SampleKind {
    MEMBRANE,
    POWDER;

    /** The word used in study.yaml. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
