package org.permlab.process;

import java.util.List;

/**
 * A unit of a flowsheet, connected to others by named streams. One record per kind: {@link StageUnit},
 * {@link CompressorUnit}, {@link MixerUnit}, {@link SplitterUnit}.
 */
public sealed interface UnitOperation permits StageUnit, CompressorUnit, MixerUnit, SplitterUnit {

    /** Its unique name. */
    String name();

    /** The streams it reads, by name. */
    List<String> inlets();

    /** The streams it produces, by name. */
    List<String> outlets();

    /** A word for its kind: {@code stage}, {@code compressor}, {@code mixer}, {@code splitter}. */
    String kind();
}
