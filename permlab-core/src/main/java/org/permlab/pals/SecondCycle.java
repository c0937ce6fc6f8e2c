package org.permlab.pals;

import java.util.List;
import java.util.Optional;

/**
 * New input for the second (source-corrected) cycle: its own lifetime components and intensity constraints, and
 * optionally its own time-zero start. Without it the second cycle starts from the first cycle's results.
 */
public record SecondCycle(List<LifetimeComponent> components, List<IntensityConstraint> intensityConstraints,
        Optional<Parameter> t0Channel) {

    public SecondCycle {
        components = List.copyOf(components);
        intensityConstraints = List.copyOf(intensityConstraints);
    }
}
