package org.permlab.pals;

import java.util.List;

import org.permlab.error.InvalidInputException;

/**
 * A linear constraint on the relative intensities I_j (in %, summing to 100). Each is applied exactly: since
 * I_j = 100 A_j / sum A, the constraint sum_j h_j I_j = u is the homogeneous linear constraint
 * sum_j (100 h_j - u) A_j = 0 on the areas, which keeps the problem separable.
 */
public sealed interface IntensityConstraint permits IntensityConstraint.FixedIntensity,
        IntensityConstraint.FixedRatio, IntensityConstraint.Linear {

    /** The coefficients h_j (one per component) and right-hand side u (%) of sum_j h_j I_j = u. */
    Linear asLinear(int components);

    /** I_component = percent (component numbers are 1-based). */
    record FixedIntensity(int component, double percent) implements IntensityConstraint {
        public FixedIntensity {
            if (!(percent >= 0 && percent <= 100)) {
                throw InvalidInputException.of("intensity constraint", "I" + component + " fixed at " + percent
                        + " %: an intensity is 0 to 100 %");
            }
        }

        @Override
        public Linear asLinear(int components) {
            check(component, components);
            double[] h = new double[components];
            h[component - 1] = 1.0;
            return new Linear(List.copyOf(boxed(h)), percent);
        }
    }

    /**
     * I_numerator / I_denominator = ratio, e.g. p-Ps / o-Ps = 1/3 (components 1-based).
     */
    record FixedRatio(int numerator, int denominator, double ratio) implements IntensityConstraint {
        public FixedRatio {
            if (!(ratio >= 0) || Double.isInfinite(ratio)) {
                throw InvalidInputException.of("intensity constraint", "I" + numerator + "/I" + denominator
                        + " fixed at " + ratio + ": a ratio of intensities is a finite number >= 0");
            }
            if (numerator == denominator) {
                throw InvalidInputException.of("intensity constraint", "I" + numerator + "/I" + denominator
                        + " relates a component to itself");
            }
        }

        @Override
        public Linear asLinear(int components) {
            check(numerator, components);
            check(denominator, components);
            double[] h = new double[components];
            h[numerator - 1] += 1.0;
            h[denominator - 1] -= ratio;
            return new Linear(List.copyOf(boxed(h)), 0.0);
        }
    }

    /** sum_j coefficients_j I_j = rhsPercent. */
    record Linear(List<Double> coefficients, double rhsPercent) implements IntensityConstraint {
        public Linear {
            coefficients = List.copyOf(coefficients);
        }

        @Override
        public Linear asLinear(int components) {
            if (coefficients.size() != components) {
                throw InvalidInputException.of("intensity constraint", "expected " + components
                        + " coefficients (one per component), got " + coefficients.size());
            }
            return this;
        }
    }

    private static void check(int component, int components) {
        if (component < 1 || component > components) {
            throw InvalidInputException.of("intensity constraint", "component " + component
                    + " does not exist; components are 1.." + components);
        }
    }

    private static List<Double> boxed(double[] h) {
        java.util.ArrayList<Double> l = new java.util.ArrayList<>();
        for (double v : h) {
            l.add(v);
        }
        return l;
    }
}
