package org.permlab.process;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.permlab.error.InvalidInputException;

/**
 * A gas stream: molar flow of each species, pressure and temperature (SI).
 *
 * @param species            the species, in a fixed order shared by every stream of a calculation (formulas)
 * @param componentFlowsMolS molar flow of each species, mol s^-1, same order as {@code species}
 * @param pressurePa         pressure, Pa
 * @param temperatureK       temperature, K
 */
public record ProcessStream(List<String> species, double[] componentFlowsMolS, double pressurePa,
        double temperatureK) {

    public ProcessStream {
        species = List.copyOf(species);
        componentFlowsMolS = componentFlowsMolS.clone();
        if (species.isEmpty()) {
            throw InvalidInputException.of("species", "a stream needs at least one species");
        }
        if (componentFlowsMolS.length != species.size()) {
            throw new IllegalArgumentException(componentFlowsMolS.length + " flows for " + species.size()
                    + " species");
        }
        Set<String> seen = new HashSet<>();
        for (String s : species) {
            if (!seen.add(s)) {
                throw InvalidInputException.of("species", "species '" + s + "' is listed twice");
            }
        }
        for (double f : componentFlowsMolS) {
            if (!Double.isFinite(f)) {
                throw new IllegalArgumentException("component flow is not finite: " + Arrays.toString(
                        componentFlowsMolS));
            }
        }
        if (!(pressurePa > 0) || !Double.isFinite(pressurePa)) {
            throw InvalidInputException.of("pressure", "must be positive, got " + pressurePa + " Pa");
        }
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
            throw InvalidInputException.of("temperature", "must be positive, got " + temperatureK + " K");
        }
    }

    /**
     * A stream from its total flow and mole fractions, validated as user input: fractions in [0, 1] summing to 1
     * within 1e-6 (they are then normalised), flow non-negative.
     */
    public static ProcessStream ofFractions(List<String> species, double totalFlowMolS, double[] moleFractions,
            double pressurePa, double temperatureK) {
        if (!(totalFlowMolS >= 0) || !Double.isFinite(totalFlowMolS)) {
            throw InvalidInputException.of("flow", "must be zero or positive, got " + totalFlowMolS + " mol/s");
        }
        double sum = 0;
        for (int i = 0; i < moleFractions.length; i++) {
            double x = moleFractions[i];
            if (!(x >= 0 && x <= 1)) {
                throw InvalidInputException.of("composition." + species.get(i), "a mole fraction must be between 0 "
                        + "and 1, got " + x);
            }
            sum += x;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw InvalidInputException.of("composition", "mole fractions must sum to 1, got " + sum);
        }
        double[] flows = new double[moleFractions.length];
        for (int i = 0; i < flows.length; i++) {
            flows[i] = totalFlowMolS * moleFractions[i] / sum;
        }
        return new ProcessStream(species, flows, pressurePa, temperatureK);
    }

    /** A stream with no flow (a placeholder, e.g. the first guess of a recycle). */
    public static ProcessStream empty(List<String> species, double pressurePa, double temperatureK) {
        return new ProcessStream(species, new double[species.size()], pressurePa, temperatureK);
    }

    @Override
    public double[] componentFlowsMolS() {
        return componentFlowsMolS.clone();
    }

    /** Molar flow of species i, mol s^-1 (no copy). */
    public double flowMolS(int i) {
        return componentFlowsMolS[i];
    }

    /** Total molar flow, mol s^-1. */
    public double totalFlowMolS() {
        double s = 0;
        for (double f : componentFlowsMolS) {
            s += f;
        }
        return s;
    }

    /** Index of a species in {@link #species()}, or -1. */
    public int indexOf(String formula) {
        return species.indexOf(formula);
    }

    /** Molar flow of one species, mol s^-1; 0 for a species not in the stream. */
    public double flowMolS(String formula) {
        int i = indexOf(formula);
        return i < 0 ? 0.0 : componentFlowsMolS[i];
    }

    /** Mole fractions (flows over the total); for a stream with no flow, all zero. */
    public double[] moleFractions() {
        double total = totalFlowMolS();
        double[] x = new double[componentFlowsMolS.length];
        if (total > 0) {
            for (int i = 0; i < x.length; i++) {
                x[i] = componentFlowsMolS[i] / total;
            }
        }
        return x;
    }

    /** Mole fraction of one species (0 when absent or when the stream has no flow). */
    public double moleFraction(String formula) {
        int i = indexOf(formula);
        double total = totalFlowMolS();
        return i < 0 || total <= 0 ? 0.0 : componentFlowsMolS[i] / total;
    }

    /** Species to component flow, mol s^-1, in species order. */
    public Map<String, Double> componentFlowMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < componentFlowsMolS.length; i++) {
            m.put(species.get(i), componentFlowsMolS[i]);
        }
        return m;
    }

    /** Species to mole fraction, in species order. */
    public Map<String, Double> moleFractionMap() {
        double[] x = moleFractions();
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            m.put(species.get(i), x[i]);
        }
        return m;
    }

    public ProcessStream withPressure(double newPressurePa) {
        return new ProcessStream(species, componentFlowsMolS, newPressurePa, temperatureK);
    }

    public ProcessStream withTemperature(double newTemperatureK) {
        return new ProcessStream(species, componentFlowsMolS, pressurePa, newTemperatureK);
    }

    /** The same composition, pressure and temperature at {@code factor} times the flow. */
    public ProcessStream scaled(double factor) {
        double[] f = componentFlowsMolS.clone();
        for (int i = 0; i < f.length; i++) {
            f[i] *= factor;
        }
        return new ProcessStream(species, f, pressurePa, temperatureK);
    }

    /** This stream expressed on another species list (species it lacks get zero flow). */
    public ProcessStream onSpecies(List<String> target) {
        double[] f = new double[target.size()];
        for (int i = 0; i < species.size(); i++) {
            int j = target.indexOf(species.get(i));
            if (j < 0) {
                if (componentFlowsMolS[i] != 0) {
                    throw InvalidInputException.of("species", "species '" + species.get(i) + "' is not among "
                            + target);
                }
            } else {
                f[j] = componentFlowsMolS[i];
            }
        }
        return new ProcessStream(target, f, pressurePa, temperatureK);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessStream s && species.equals(s.species)
                && Arrays.equals(componentFlowsMolS, s.componentFlowsMolS) && pressurePa == s.pressurePa
                && temperatureK == s.temperatureK;
    }

    @Override
    public int hashCode() {
        return species.hashCode() * 31 + Arrays.hashCode(componentFlowsMolS);
    }

    @Override
    public String toString() {
        return "ProcessStream" + moleFractionMap() + " " + totalFlowMolS() + " mol/s at " + pressurePa + " Pa, "
                + temperatureK + " K";
    }
}
