package org.permlab.gas;

import java.util.ArrayList;
import java.util.List;

import org.permlab.result.Convention;
import org.permlab.result.Conventions;

/**
 * A set of gases with their data and the Knudsen selectivities between them (each lighter species over each heavier
 * one): the report's gas section.
 *
 * @param gases       the species' data, in the order given
 * @param knudsen     the selectivities, fast over slow
 * @param conventions the Knudsen definition and the kinetic diameters' source
 */
public record GasTable(List<SpeciesData> gases, List<KnudsenSelectivity> knudsen, Conventions conventions) {

    /** Where the kinetic diameters come from. */
    public static final Convention KINETIC_DIAMETER = Convention.of("kinetic_diameter",
            "Breck (1974); ethane from Li et al. (2009)");

    public GasTable {
        gases = List.copyOf(gases);
        knudsen = List.copyOf(knudsen);
    }

    /** The table of these gases. */
    public static GasTable of(List<Species> species) {
        List<KnudsenSelectivity> knudsen = new ArrayList<>();
        for (Species a : species) {
            for (Species b : species) {
                if (!a.equals(b) && a.molarMassKgPerMol() < b.molarMassKgPerMol()) {
                    knudsen.add(Knudsen.of(a, b));
                }
            }
        }
        return new GasTable(species.stream().map(SpeciesData::of).toList(), knudsen,
                Conventions.of(Knudsen.CONVENTION, KINETIC_DIAMETER));
    }
}
