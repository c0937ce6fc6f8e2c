package org.permlab.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Profiles along a module, from the feed inlet (area 0) to the retentate outlet. Arrays are copied in and out.
 *
 * @param species                species order of the fraction arrays
 * @param areaM2                 membrane area from the feed inlet, m^2
 * @param retentateFlowMolPerS   feed-side total flow, mol s^-1
 * @param permeateFlowMolPerS    permeate-side total flow, mol s^-1 (cross-flow: permeate collected so far)
 * @param retentateMoleFractions feed-side mole fractions [node][species]
 * @param permeateMoleFractions  permeate-side mole fractions [node][species] (cross-flow: the local permeate)
 * @param feedSidePressurePa     feed-side pressure, Pa
 * @param permeateSidePressurePa permeate-side pressure, Pa
 */
public record ModuleProfile(List<String> species, double[] areaM2, double[] retentateFlowMolPerS,
        double[] permeateFlowMolPerS, double[][] retentateMoleFractions, double[][] permeateMoleFractions,
        double[] feedSidePressurePa, double[] permeateSidePressurePa) {

    public ModuleProfile {
        species = List.copyOf(species);
        areaM2 = areaM2.clone();
        retentateFlowMolPerS = retentateFlowMolPerS.clone();
        permeateFlowMolPerS = permeateFlowMolPerS.clone();
        retentateMoleFractions = deepCopy(retentateMoleFractions);
        permeateMoleFractions = deepCopy(permeateMoleFractions);
        feedSidePressurePa = feedSidePressurePa.clone();
        permeateSidePressurePa = permeateSidePressurePa.clone();
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k].clone();
        }
        return c;
    }

    @Override
    public double[] areaM2() {
        return areaM2.clone();
    }

    @Override
    public double[] retentateFlowMolPerS() {
        return retentateFlowMolPerS.clone();
    }

    @Override
    public double[] permeateFlowMolPerS() {
        return permeateFlowMolPerS.clone();
    }

    @Override
    public double[][] retentateMoleFractions() {
        return deepCopy(retentateMoleFractions);
    }

    @Override
    public double[][] permeateMoleFractions() {
        return deepCopy(permeateMoleFractions);
    }

    @Override
    public double[] feedSidePressurePa() {
        return feedSidePressurePa.clone();
    }

    @Override
    public double[] permeateSidePressurePa() {
        return permeateSidePressurePa.clone();
    }

    public int points() {
        return areaM2.length;
    }

    /** Feed-side mole fractions by species, each along the module. */
    public Map<String, double[]> retentateMoleFractionsBySpecies() {
        return bySpecies(retentateMoleFractions);
    }

    /** Permeate-side mole fractions by species, each along the module. */
    public Map<String, double[]> permeateMoleFractionsBySpecies() {
        return bySpecies(permeateMoleFractions);
    }

    private Map<String, double[]> bySpecies(double[][] x) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < species.size(); i++) {
            double[] col = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                col[k] = x[k][i];
            }
            m.put(species.get(i), col);
        }
        return m;
    }

    /**
     * This profile at every {@code step}-th node, {@code step = ceil((points - 1) / maxIntervals)}, and always at
     * the last node: at most about {@code maxIntervals + 1} points, for output.
     */
    public ModuleProfile thinned(int maxIntervals) {
        int step = Math.max(1, (points() - 1 + maxIntervals - 1) / maxIntervals);
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < points(); k += step) {
            idx.add(k);
        }
        if (idx.get(idx.size() - 1) != points() - 1) {
            idx.add(points() - 1);
        }
        int n = idx.size();
        double[] a = new double[n];
        double[] l = new double[n];
        double[] v = new double[n];
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        double[] ph = new double[n];
        double[] pl = new double[n];
        for (int j = 0; j < n; j++) {
            int k = idx.get(j);
            a[j] = areaM2[k];
            l[j] = retentateFlowMolPerS[k];
            v[j] = permeateFlowMolPerS[k];
            x[j] = retentateMoleFractions[k];
            y[j] = permeateMoleFractions[k];
            ph[j] = feedSidePressurePa[k];
            pl[j] = permeateSidePressurePa[k];
        }
        return new ModuleProfile(species, a, l, v, x, y, ph, pl);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModuleProfile p && species.equals(p.species)
                && java.util.Arrays.equals(areaM2, p.areaM2)
                && java.util.Arrays.equals(retentateFlowMolPerS, p.retentateFlowMolPerS)
                && java.util.Arrays.equals(permeateFlowMolPerS, p.permeateFlowMolPerS)
                && java.util.Arrays.deepEquals(retentateMoleFractions, p.retentateMoleFractions)
                && java.util.Arrays.deepEquals(permeateMoleFractions, p.permeateMoleFractions)
                && java.util.Arrays.equals(feedSidePressurePa, p.feedSidePressurePa)
                && java.util.Arrays.equals(permeateSidePressurePa, p.permeateSidePressurePa);
    }

    @Override
    public int hashCode() {
        return species.hashCode() * 31 + java.util.Arrays.hashCode(areaM2);
    }

    @Override
    public String toString() {
        return "ModuleProfile[" + species + ", " + points() + " points]";
    }
}
