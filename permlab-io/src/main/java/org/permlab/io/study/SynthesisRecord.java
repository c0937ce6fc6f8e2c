package org.permlab.io.study;

import java.util.List;
import java.util.Optional;

/**
 * How a sample was made.
 *
 * @param route    a one-line summary
 * @param support  the substrate, for supported membranes
 * @param reagents what went in
 * @param steps    what was done, in order
 */
public record SynthesisRecord(String route, Optional<String> support, List<Reagent> reagents,
        List<SynthesisStep> steps) {

    public SynthesisRecord {
        reagents = List.copyOf(reagents);
        steps = List.copyOf(steps);
    }
}
