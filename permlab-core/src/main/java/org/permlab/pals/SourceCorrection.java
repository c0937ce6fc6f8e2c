package org.permlab.pals;

import java.util.List;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.result.Convention;

/**
 * Source correction in two cycles (CONVENTIONS §4): the first cycle fits the measured spectrum; the source
 * components (lifetimes and relative intensities given, together {@code totalPct} % of the first cycle's
 * net area, i.e. of the summed component area) are built with the first cycle's T0 and resolution and held fixed
 * in the second cycle, whose weights stay those of the uncorrected counts (the model of the second cycle is
 * sample + source).
 *
 * @param components   the source components; their intensities sum to 100 %
 * @param totalPct the source's share of the net area, % (the seed paper: 9.981 %)
 * @param secondCycle  new input for the second cycle, if any
 */
public record SourceCorrection(List<SourceComponent> components, double totalPct,
        Optional<SecondCycle> secondCycle) implements Convention {

    public SourceCorrection {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw InvalidInputException.of("source correction", "needs at least one source component");
        }
        double sum = components.stream().mapToDouble(SourceComponent::intensityPct).sum();
        if (Math.abs(sum - 100.0) > 0.01) {
            throw InvalidInputException.of("source correction", "the source intensities must sum to 100 %, got "
                    + sum + " %");
        }
        if (!(totalPct > 0) || !(totalPct < 100)) {
            throw InvalidInputException.of("source correction", "the total source intensity must be in (0, 100) %,"
                    + " got " + totalPct + " %");
        }
    }

    /** One source component taking the whole correction, e.g. Kapton 0.402 ns at 9.981 %. */
    public static SourceCorrection single(double lifetimeNs, double totalPct) {
        return new SourceCorrection(List.of(new SourceComponent(lifetimeNs, 0.0, 100.0)), totalPct,
                Optional.empty());
    }

    @Override
    public String key() {
        return "source_correction";
    }

    @Override
    public String statement() {
        StringBuilder b = new StringBuilder("two cycles; source components ");
        for (SourceComponent x : components) {
            b.append(x.lifetimeNs()).append(" ns (").append(x.intensityPct()).append(" %) ");
        }
        return b.append("at ").append(totalPct).append(" % of the first cycle's net area, built with the first "
                + "cycle's T0; variances of the uncorrected counts").toString();
    }
}
