package org.permlab.io.study;

import java.util.Optional;

/**
 * A reagent of a synthesis, with the amount as written and in SI when a unit says which dimension it is.
 *
 * @param name      as written, e.g. {@code Zn(NO3)2·6H2O}
 * @param amount    the amount as written, e.g. {@code 0.1116 g}
 * @param massKg    when the amount is a mass
 * @param volumeM3  when the amount is a volume
 * @param amountMol when the amount is in moles
 * @param note      anything else (concentration, supplier)
 */
public record Reagent(String name, Optional<String> amount, Optional<Double> massKg, Optional<Double> volumeM3,
        Optional<Double> amountMol, Optional<String> note) {
}
