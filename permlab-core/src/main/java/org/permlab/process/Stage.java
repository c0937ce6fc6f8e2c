package org.permlab.process;

import java.util.Optional;

import org.permlab.error.InvalidInputException;

/**
 * A membrane stage: which membrane, in what module, with which flow pattern, at what permeate pressure.
 *
 * @param name               the stage's name in a flowsheet (e.g. {@code S1})
 * @param membrane           permeances by species
 * @param module             area and geometry (pressure drop)
 * @param pattern            flow pattern
 * @param permeatePressurePa permeate outlet pressure, Pa; must be below the feed pressure
 * @param temperatureK       module temperature (isothermal), K; the feed temperature when empty
 * @param sweep              a sweep gas entering the permeate side (at the permeate pressure), if any
 * @param settings           numerical settings
 */
public record Stage(String name, Membrane membrane, ModuleGeometry module, FlowPattern pattern,
        double permeatePressurePa, Optional<Double> temperatureK, Optional<ProcessStream> sweep,
        SolverSettings settings) {

    public Stage {
        if (!(permeatePressurePa > 0) || !Double.isFinite(permeatePressurePa)) {
            throw InvalidInputException.of("permeate_pressure", "must be positive, got " + permeatePressurePa
                    + " Pa");
        }
        temperatureK.ifPresent(t -> {
            if (!(t > 0)) {
                throw InvalidInputException.of("temperature", "must be positive, got " + t + " K");
            }
        });
    }

    /** A flat-sheet stage without sweep at the default settings. */
    public static Stage simple(String name, Membrane membrane, double areaM2, FlowPattern pattern,
            double permeatePressurePa) {
        return new Stage(name, membrane, new FlatSheet(areaM2), pattern, permeatePressurePa, Optional.empty(),
                Optional.empty(), SolverSettings.DEFAULT);
    }

    /** Solves this stage for a feed. */
    public StageResult solve(ProcessStream feed) {
        return pattern.solve(this, feed);
    }

    public double areaM2() {
        return module.areaM2();
    }

    public Stage withAreaM2(double areaM2) {
        return new Stage(name, membrane, module.withAreaM2(areaM2), pattern, permeatePressurePa, temperatureK,
                sweep, settings);
    }

    public Stage withPattern(FlowPattern newPattern) {
        return new Stage(name, membrane, module, newPattern, permeatePressurePa, temperatureK, sweep, settings);
    }

    public Stage withPermeatePressurePa(double p) {
        return new Stage(name, membrane, module, pattern, p, temperatureK, sweep, settings);
    }

    public Stage withTemperatureK(double t) {
        return new Stage(name, membrane, module, pattern, permeatePressurePa, Optional.of(t), sweep, settings);
    }

    public Stage withMembrane(Membrane m) {
        return new Stage(name, m, module, pattern, permeatePressurePa, temperatureK, sweep, settings);
    }

    public Stage withSettings(SolverSettings s) {
        return new Stage(name, membrane, module, pattern, permeatePressurePa, temperatureK, sweep, s);
    }
}
