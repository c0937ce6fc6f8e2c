package org.permlab.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A membrane stage in a flowsheet.
 *
 * @param stage      the stage (its name is the unit's)
 * @param feed       the feed stream
 * @param sweep      a stream used as sweep gas, if any (it replaces the stage's own sweep)
 * @param retentate  the retentate stream produced
 * @param permeate   the permeate stream produced
 */
public record StageUnit(Stage stage, String feed, Optional<String> sweep, String retentate, String permeate)
        implements UnitOperation {

    @Override
    public String name() {
        return stage.name();
    }

    @Override
    public List<String> inlets() {
        List<String> in = new ArrayList<>(List.of(feed));
        sweep.ifPresent(in::add);
        return in;
    }

    @Override
    public List<String> outlets() {
        return List.of(retentate, permeate);
    }

    @Override
    public String kind() {
        return "stage";
    }

    public StageUnit withStage(Stage s) {
        return new StageUnit(s, feed, sweep, retentate, permeate);
    }
}
