package org.permlab.process;

import org.permlab.error.InvalidInputException;

/**
 * A flat-sheet (or spiral-wound, idealised) module: an area, no pressure drop on either side.
 *
 * @param areaM2 membrane area, m^2, zero or positive
 */
public record FlatSheet(double areaM2) implements ModuleGeometry {

    public FlatSheet {
        if (!(areaM2 >= 0) || !Double.isFinite(areaM2)) {
            throw InvalidInputException.of("area", "must be zero or positive, got " + areaM2 + " m2");
        }
    }

    @Override
    public ModuleGeometry withAreaM2(double newAreaM2) {
        return new FlatSheet(newAreaM2);
    }

    @Override
    public String describe() {
        return "flat sheet, no pressure drop";
    }
}
