package org.permlab.io.study;

import java.util.Optional;

/**
 * One step of a synthesis or treatment.
 *
 * @param action          what was done, e.g. {@code solvothermal growth} or {@code melt-quench}
 * @param temperatureK    the set temperature
 * @param durationS       how long
 * @param rateKPerS       heating or cooling rate
 * @param atmosphere      gas or medium, e.g. {@code Ar}
 * @param note            anything else
 */
public record SynthesisStep(String action, Optional<Double> temperatureK, Optional<Double> durationS,
        Optional<Double> rateKPerS, Optional<String> atmosphere, Optional<String> note) {
}
