package org.permlab.gas;

import org.permlab.result.Conventions;

/**
 * A Knudsen selectivity with what it was computed from: the result of {@code permlab gas knudsen} and a row of the
 * report's gas section.
 *
 * @param fast                  the faster (lighter) species
 * @param slow                  the slower species
 * @param selectivity           sqrt(M_slow / M_fast)
 * @param molarMassFastGPerMol  M of the fast species, g/mol
 * @param molarMassSlowGPerMol  M of the slow species, g/mol
 * @param molarMassSource       the molar masses' source
 * @param conventions           the definition ({@link Knudsen#CONVENTION})
 */
public record KnudsenSelectivity(Species fast, Species slow, double selectivity, double molarMassFastGPerMol,
        double molarMassSlowGPerMol, String molarMassSource, Conventions conventions) {
}
