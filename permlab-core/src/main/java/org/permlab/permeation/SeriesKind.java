package org.permlab.permeation;

import org.permlab.result.Worded;

/** What a run's conditions vary, which decides the series analysis done on top of the per-condition results. */
public enum SeriesKind implements Worded {
    /** Conditions at one temperature and pressure (single gases one after another, or one mixture). */
    NONE("none"),
    /** Temperature steps: Arrhenius activation energy per gas. */
    TEMPERATURE("temperature"),
    /** Feed-pressure steps: permeance and selectivity vs pressure, and the recovery on return. */
    PRESSURE("pressure"),
    /** Long-term test in segments: per-segment means, drift per 100 h, each segment against the first. */
    STABILITY("stability");

    private final String word;

    SeriesKind(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
