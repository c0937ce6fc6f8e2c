package org.permlab.process;

import java.util.List;

/**
 * Profiles along a module, from the feed inlet (area 0) to the retentate outlet.
 *
 * @param species                species order of the fraction arrays
 * @param areaM2                 membrane area from the feed inlet, m^2
 * @param retentateFlowMolS      feed-side total flow, mol s^-1
 * @param permeateFlowMolS       permeate-side total flow, mol s^-1 (cross-flow: permeate collected so far)
 * @param retentateMoleFractions feed-side mole fractions [node][species]
 * @param permeateMoleFractions  permeate-side mole fractions [node][species] (cross-flow: the local permeate)
 * @param feedSidePressurePa     feed-side pressure, Pa
 * @param permeateSidePressurePa permeate-side pressure, Pa
 */
public record ModuleProfile(List<String> species, double[] areaM2, double[] retentateFlowMolS,
        double[] permeateFlowMolS, double[][] retentateMoleFractions, double[][] permeateMoleFractions,
        double[] feedSidePressurePa, double[] permeateSidePressurePa) {

    public ModuleProfile {
        species = List.copyOf(species);
    }

    public int points() {
        return areaM2.length;
    }
}
