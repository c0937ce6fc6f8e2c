package org.permlab.process;

/** What a stage design varies to meet its target. */
public enum DesignVariable implements org.permlab.result.Worded {
    /** The membrane area (for hollow fibres: the number of fibres). */
    AREA("area", "m2"),
    /** The feed pressure (the permeate pressure fixed). */
    FEED_PRESSURE("feed-pressure", "Pa");

    private final String word;
    private final String siUnit;

    DesignVariable(String word, String siUnit) {
        this.word = word;
        this.siUnit = siUnit;
    }

    @Override
    public String word() {
        return word;
    }

    public String siUnit() {
        return siUnit;
    }
}
