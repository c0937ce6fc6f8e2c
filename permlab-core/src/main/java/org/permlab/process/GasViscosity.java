package org.permlab.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.permlab.data.BundledTable;
import org.permlab.gas.GasDatabase;
import org.permlab.gas.GasProperty;
import org.permlab.gas.Species;
import org.permlab.quantity.Constants;

/**
 * Low-pressure gas viscosity at one temperature: pure species by Chapman-Enskog theory with the Lennard-Jones
 * parameters of the gas database, mixtures by Wilke's rule.
 *
 * <p>Pure species (Chapman and Cowling; Hirschfelder, Curtiss and Bird, Molecular Theory of Gases and Liquids,
 * 1954, eq. 8.2-18): mu = (5/16) sqrt(pi m k T) / (pi sigma^2 Omega_v(T*)), m = M / N_A, T* = k T / epsilon, with
 * Omega_v from the correlation of Neufeld, Janzen and Aziz, J. Chem. Phys. 57 (1972) 1100 (coefficients in
 * {@code collision-integral.tsv}). Poling, Prausnitz and O'Connell (2001, §9-4) quote 0.5-1.5 % for non-polar gases.
 *
 * <p>Mixtures (Wilke, J. Chem. Phys. 18 (1950) 517): mu = sum_i y_i mu_i / sum_j y_j phi_ij,
 * phi_ij = [1 + (mu_i/mu_j)^(1/2) (M_j/M_i)^(1/4)]^2 / [8 (1 + M_i/M_j)]^(1/2).
 */
public final class GasViscosity {

    private static final double[] NEUFELD = loadNeufeld();

    private final double[] pureViscosityPaS;
    private final double[][] phi;

    private GasViscosity(double[] pure, double[][] phi) {
        this.pureViscosityPaS = pure;
        this.phi = phi;
    }

    /** Viscosities of these species (formulas known to the gas database) at a temperature. */
    public static GasViscosity of(List<String> species, double temperatureK) {
        int n = species.size();
        double[] mu = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            Species s = GasDatabase.standard().lookup(species.get(i));
            m[i] = s.molarMassKgPerMol();
            mu[i] = pure(m[i], s.require(GasProperty.LJ_SIGMA).valueSi(),
                    s.require(GasProperty.LJ_EPSILON_OVER_K).valueSi(), temperatureK);
        }
        double[][] phi = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = 1 + Math.sqrt(mu[i] / mu[j]) * Math.pow(m[j] / m[i], 0.25);
                phi[i][j] = a * a / Math.sqrt(8 * (1 + m[i] / m[j]));
            }
        }
        return new GasViscosity(mu, phi);
    }

    /**
     * Chapman-Enskog viscosity of a pure gas, Pa s.
     *
     * @param molarMassKgPerMol M
     * @param sigmaM            Lennard-Jones sigma, m
     * @param epsilonOverKK     Lennard-Jones epsilon / k, K
     * @param temperatureK      T
     */
    public static double pure(double molarMassKgPerMol, double sigmaM, double epsilonOverKK, double temperatureK) {
        double mass = molarMassKgPerMol / Constants.AVOGADRO;
        double omega = collisionIntegral(temperatureK / epsilonOverKK);
        return 5.0 / 16.0 * Math.sqrt(Math.PI * mass * Constants.BOLTZMANN * temperatureK)
                / (Math.PI * sigmaM * sigmaM * omega);
    }

    /** Neufeld's Omega_v(T*). */
    public static double collisionIntegral(double reducedTemperature) {
        double t = reducedTemperature;
        return NEUFELD[0] * Math.pow(t, -NEUFELD[1]) + NEUFELD[2] * Math.exp(-NEUFELD[3] * t)
                + NEUFELD[4] * Math.exp(-NEUFELD[5] * t);
    }

    /** Pure-species viscosity of species i, Pa s. */
    public double pureViscosityPaS(int i) {
        return pureViscosityPaS[i];
    }

    /** Mixture viscosity for these mole fractions (any non-negative weights; normalised here), Pa s. */
    public double mixturePaS(double[] fractions) {
        double total = 0;
        for (double y : fractions) {
            total += Math.max(y, 0);
        }
        if (!(total > 0)) {
            double mean = 0;
            for (double v : pureViscosityPaS) {
                mean += v / pureViscosityPaS.length;
            }
            return mean;
        }
        double mu = 0;
        for (int i = 0; i < fractions.length; i++) {
            double yi = Math.max(fractions[i], 0) / total;
            if (yi == 0) {
                continue;
            }
            double d = 0;
            for (int j = 0; j < fractions.length; j++) {
                d += Math.max(fractions[j], 0) / total * phi[i][j];
            }
            mu += yi * pureViscosityPaS[i] / d;
        }
        return mu;
    }

    private static double[] loadNeufeld() {
        Map<String, Double> c = new HashMap<>();
        for (String[] row : BundledTable.rows(GasViscosity.class, "collision-integral.tsv", 2)) {
            c.put(row[0].strip(), Double.parseDouble(row[1].strip()));
        }
        double[] out = new double[6];
        String[] keys = {"A", "B", "C", "D", "E", "F"};
        for (int i = 0; i < 6; i++) {
            Double v = c.get(keys[i]);
            if (v == null) {
                throw new IllegalStateException("collision-integral.tsv lacks coefficient " + keys[i]);
            }
            out[i] = v;
        }
        return out;
    }
}
