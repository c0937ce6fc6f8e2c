package org.permlab.process;

import java.util.List;

import org.permlab.error.InvalidInputException;

/**
 * Splits a stream into streams of the same composition, pressure and temperature.
 *
 * @param name      its name
 * @param inlet     the stream split
 * @param outlets   at least two streams
 * @param fractions the share of each outlet, in [0, 1], summing to 1
 */
public record SplitterUnit(String name, String inlet, List<String> outlets, List<Double> fractions)
        implements UnitOperation {

    public SplitterUnit {
        outlets = List.copyOf(outlets);
        fractions = List.copyOf(fractions);
        if (outlets.size() < 2 || outlets.size() != fractions.size()) {
            throw InvalidInputException.of("outlets", "splitter " + name + " needs at least two outlets, each with "
                    + "a fraction");
        }
        double sum = 0;
        for (double f : fractions) {
            if (!(f >= 0 && f <= 1)) {
                throw InvalidInputException.of("fractions", "splitter " + name + ": a fraction must be in [0, 1], "
                        + "got " + f);
            }
            sum += f;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw InvalidInputException.of("fractions", "splitter " + name + ": fractions must sum to 1, got "
                    + sum);
        }
    }

    @Override
    public List<String> inlets() {
        return List.of(inlet);
    }

    @Override
    public String kind() {
        return "splitter";
    }
}
