package org.permlab.process;

import java.util.List;

/**
 * A compressor in a flowsheet.
 *
 * @param compressor the machine (its name is the unit's)
 * @param inlet      suction stream
 * @param outlet     discharge stream
 */
public record CompressorUnit(Compressor compressor, String inlet, String outlet) implements UnitOperation {

    @Override
    public String name() {
        return compressor.name();
    }

    @Override
    public List<String> inlets() {
        return List.of(inlet);
    }

    @Override
    public List<String> outlets() {
        return List.of(outlet);
    }

    @Override
    public String kind() {
        return "compressor";
    }
}
