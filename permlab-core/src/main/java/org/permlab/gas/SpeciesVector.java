package org.permlab.gas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.permlab.error.InvalidInputException;

/**
 * One number per species, in a fixed order: mole fractions, molar flows, permeances, partial pressures. The unit is
 * the one its name says where it is used ({@code feedFractions}, {@code flowsMolPerS}, {@code permeancesSi}). This
 * replaces a {@code List<String>} of formulas beside a parallel {@code double[]}: the species and their values
 * cannot drift apart, and a species is looked up by itself, not by position.
 *
 * <p>Immutable: the values are copied in and out. Species are matched by formula.
 */
public final class SpeciesVector {

    private final List<Species> species;
    private final double[] values;

    private SpeciesVector(List<Species> species, double[] values) {
        this.species = species;
        this.values = values;
    }

    /**
     * The species with their values (copied).
     *
     * @throws InvalidInputException if the lengths differ or a species is repeated
     */
    public static SpeciesVector of(List<Species> species, double[] values) {
        if (species.size() != values.length) {
            throw InvalidInputException.of("species", species.size() + " species but " + values.length
                    + " values");
        }
        List<Species> copy = List.copyOf(species);
        for (int i = 0; i < copy.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (copy.get(i).formula().equals(copy.get(j).formula())) {
                    throw InvalidInputException.of("species", copy.get(i).formula() + " is given twice");
                }
            }
        }
        return new SpeciesVector(copy, values.clone());
    }

    /** Zero for every species. */
    public static SpeciesVector zeros(List<Species> species) {
        return of(species, new double[species.size()]);
    }

    /** One value for every species. */
    public static SpeciesVector filled(List<Species> species, double value) {
        double[] v = new double[species.size()];
        Arrays.fill(v, value);
        return of(species, v);
    }

    /** From a species-to-value map, in the map's iteration order. */
    public static SpeciesVector of(Map<Species, Double> values) {
        List<Species> s = new ArrayList<>(values.keySet());
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(s.get(i));
        }
        return of(s, v);
    }

    /** The species, in order. */
    public List<Species> species() {
        return species;
    }

    /** The formulas, in order ({@code He}, {@code N2}). */
    public List<String> formulas() {
        return species.stream().map(Species::formula).toList();
    }

    public int size() {
        return values.length;
    }

    /** The i-th species. */
    public Species species(int i) {
        return species.get(i);
    }

    /** The i-th value. */
    public double get(int i) {
        return values[i];
    }

    /** The position of a species, or -1. */
    public int indexOf(Species s) {
        return indexOf(s.formula());
    }

    /** The position of a species given by formula, or -1. */
    public int indexOf(String formula) {
        for (int i = 0; i < species.size(); i++) {
            if (species.get(i).formula().equals(formula)) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(Species s) {
        return indexOf(s) >= 0;
    }

    /** The value of a species, if it is in this vector. */
    public OptionalDouble find(Species s) {
        int i = indexOf(s);
        return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
    }

    /**
     * The value of a species that must be in this vector.
     *
     * @throws InvalidInputException naming the species and those present
     */
    public double get(Species s) {
        int i = indexOf(s);
        if (i < 0) {
            throw InvalidInputException.of(s.formula(), "no value for " + s.formula() + " (there are values for "
                    + String.join(", ", formulas()) + ")");
        }
        return values[i];
    }

    /** The values, in order (a copy). */
    public double[] toArray() {
        return values.clone();
    }

    /** The sum of the values. */
    public double sum() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** Every value times a factor. */
    public SpeciesVector scaled(double factor) {
        return map(v -> v * factor);
    }

    /** Divided by the sum, so that the values add up to 1 (mole fractions from flows). */
    public SpeciesVector normalised() {
        double s = sum();
        if (!(s > 0) || !Double.isFinite(s)) {
            throw InvalidInputException.of("species", "cannot normalise values that sum to " + s);
        }
        return scaled(1.0 / s);
    }

    /** Each value mapped. */
    public SpeciesVector map(DoubleUnaryOperator f) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(values[i]);
        }
        return new SpeciesVector(species, v);
    }

    /**
     * Combines two vectors over the same species, species by species (matched by formula, in this vector's order).
     */
    public SpeciesVector combine(SpeciesVector other, DoubleBinaryOperator f) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(values[i], other.get(species.get(i)));
        }
        return new SpeciesVector(species, v);
    }

    /** This vector with the value of one species replaced (or the species appended). */
    public SpeciesVector with(Species s, double value) {
        int i = indexOf(s);
        if (i >= 0) {
            double[] v = values.clone();
            v[i] = value;
            return new SpeciesVector(species, v);
        }
        List<Species> sp = new ArrayList<>(species);
        sp.add(s);
        double[] v = Arrays.copyOf(values, values.length + 1);
        v[values.length] = value;
        return new SpeciesVector(List.copyOf(sp), v);
    }

    /** The same values over another order of the same species (or a subset). */
    public SpeciesVector reorderedAs(List<Species> order) {
        double[] v = new double[order.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = get(order.get(i));
        }
        return of(order, v);
    }

    /** formula to value, in order (what JSON and tables show). */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(species.get(i).formula(), values[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpeciesVector other && formulas().equals(other.formulas())
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(formulas(), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
