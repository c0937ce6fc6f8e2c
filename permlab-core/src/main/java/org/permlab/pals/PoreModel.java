package org.permlab.pals;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.permlab.error.InvalidInputException;
import org.permlab.result.Convention;

/**
 * A model relating the ortho-positronium pick-off lifetime to the size of the cavity it is trapped in. One record
 * per model; each answers both directions.
 */
public sealed interface PoreModel extends Convention permits PoreModel.TaoEldrup, PoreModel.RectangularTaoEldrup {

    /** A result's convention {@code pore_model}: this model and its parameters. */
    @Override
    default String key() {
        return "pore_model";
    }

    @Override
    default String statement() {
        return describe();
    }

    /** The o-Ps lifetime in a cavity of the given size (radius for a sphere, side for the RTE), ns. */
    double lifetimeNs(double sizeAngstrom);

    /** The cavity size that gives this lifetime, angstrom. */
    double size(double lifetimeNs);

    /** The diameter of the sphere this size corresponds to, angstrom (the same mean free path for the RTE). */
    double diameterAngstrom(double sizeAngstrom);

    /** What the size is: "radius" or "cube side", ... */
    String sizeName();

    /** The model and its parameters, for the conventions entry of a result. */
    String describe();

    /**
     * The Tao-Eldrup model (S. J. Tao, J. Chem. Phys. 56 (1972) 5499; M. Eldrup, D. Lightbody, J. N. Sherwood, Chem.
     * Phys. 63 (1981) 51), the seed paper's eq. 1:
     * tau = lambda_b^-1 [1 - R/(R + dR) + (1/(2 pi)) sin(2 pi R/(R + dR))]^-1, for spherical cavities of radius
     * R below about 1 nm at room temperature.
     *
     * @param deltaRAngstrom the electron-layer thickness dR (1.656 A)
     * @param lambdaBPerNs   the annihilation rate inside the layer, 1/ns (2.0: the 0.5 ns prefactor)
     */
    record TaoEldrup(double deltaRAngstrom, double lambdaBPerNs) implements PoreModel {

        public TaoEldrup {
            if (!(deltaRAngstrom > 0)) {
                throw InvalidInputException.of("delta_r", "must be positive, got " + deltaRAngstrom + " A");
            }
            if (!(lambdaBPerNs > 0)) {
                throw InvalidInputException.of("lambda_b", "must be positive, got " + lambdaBPerNs + " 1/ns");
            }
        }

        /** With the constants of {@code free-volume.tsv} (dR = 1.656 A, lambda_b = 2 1/ns). */
        public static TaoEldrup standard() {
            return new TaoEldrup(FreeVolumeConstants.taoEldrupDeltaR().value(),
                    FreeVolumeConstants.taoEldrupLambdaB().value());
        }

        @Override
        public double lifetimeNs(double radiusAngstrom) {
            if (!(radiusAngstrom >= 0)) {
                throw InvalidInputException.of("radius", "must be non-negative, got " + radiusAngstrom + " A");
            }
            double x = radiusAngstrom / (radiusAngstrom + deltaRAngstrom);
            return 1.0 / (lambdaBPerNs * (1.0 - x + Math.sin(2.0 * Math.PI * x) / (2.0 * Math.PI)));
        }

        @Override
        public double size(double lifetimeNs) {
            double floor = 1.0 / lambdaBPerNs;
            if (!(lifetimeNs > floor)) {
                throw InvalidInputException.of("tau3", "the Tao-Eldrup model needs a lifetime above 1/lambda_b = "
                        + floor + " ns (a cavity of zero radius), got " + lifetimeNs + " ns");
            }
            double vacuum = 1.0 / FreeVolumeConstants.rteLambdaT().value();
            if (!(lifetimeNs < vacuum)) {
                throw InvalidInputException.of("tau3", "no cavity gives a lifetime of " + lifetimeNs + " ns: o-Ps "
                        + "lives at most " + Math.round(vacuum) + " ns, in vacuum (rte_lambda_t, free-volume.tsv); "
                        + "a unit slip (ps for ns)?");
            }
            return solve(this::lifetimeNs, lifetimeNs, 1e4);
        }

        @Override
        public double diameterAngstrom(double radiusAngstrom) {
            return 2.0 * radiusAngstrom;
        }

        @Override
        public String sizeName() {
            return "radius";
        }

        @Override
        public String describe() {
            return "Tao-Eldrup, spherical cavity, dR = " + deltaRAngstrom + " A, lambda_b = " + lambdaBPerNs
                    + " 1/ns";
        }
    }

    /** The shapes the rectangular model handles: one, two or three confining dimensions of equal size. */
    enum Geometry {
        /** a x a x a: three confined dimensions. */
        CUBE(3),
        /** a x a x infinity: a square channel. */
        CHANNEL(2),
        /** a x infinity x infinity: a slit. */
        SLAB(1);

        private final int confined;

        Geometry(int confined) {
            this.confined = confined;
        }

        /** The number of confined dimensions. */
        public int confined() {
            return confined;
        }
    }

    /**
     * The rectangular extension of the Tao-Eldrup model (RTE; T. L. Dull et al., J. Phys. Chem. B 105 (2001) 4657;
     * D. W. Gidley, H.-G. Peng, R. S. Vallery, Annu. Rev. Mater. Res. 36 (2006) 49) for large pores and high
     * temperature: o-Ps in a box with sides x, thermally populating its levels E_i = i^2 h^2/(16 m_e x^2), annihilates
     * at lambda_A within delta of a wall and at the vacuum rate lambda_T elsewhere:
     * lambda = lambda_A - (lambda_A - lambda_T) prod_x F(x),
     * F(x) = 1 - 2 delta/x + [sum_i (i pi)^-1 sin(2 pi i delta/x) exp(-E_i/kT)] / [sum_i exp(-E_i/kT)].
     *
     * @param deltaAngstrom the layer thickness delta (1.8 A)
     * @param lambdaAPerNs  the spin-averaged rate, 1/ns
     * @param lambdaTPerNs  the vacuum o-Ps rate, 1/ns
     * @param temperatureK  the sample temperature
     * @param geometry      cube, square channel or slab
     */
    record RectangularTaoEldrup(double deltaAngstrom, double lambdaAPerNs, double lambdaTPerNs, double temperatureK,
            Geometry geometry) implements PoreModel {

        /** Planck constant, J s (exact, SI 2019). */
        private static final double H = 6.62607015e-34;
        /** Electron mass, kg (CODATA 2018). */
        private static final double M_E = 9.1093837015e-31;
        /** Boltzmann constant, J/K (exact, SI 2019). */
        private static final double K_B = 1.380649e-23;

        public RectangularTaoEldrup {
            if (!(deltaAngstrom > 0) || !(lambdaAPerNs > lambdaTPerNs) || !(lambdaTPerNs >= 0)) {
                throw InvalidInputException.of("RTE", "needs delta > 0 and lambda_A > lambda_T >= 0");
            }
            if (!(temperatureK > 0)) {
                throw InvalidInputException.of("temperature", "must be positive, got " + temperatureK + " K");
            }
        }

        /** With the constants of {@code free-volume.tsv} at the given temperature. */
        public static RectangularTaoEldrup standard(double temperatureK, Geometry geometry) {
            return new RectangularTaoEldrup(FreeVolumeConstants.rteDelta().value(),
                    FreeVolumeConstants.rteLambdaA().value(), FreeVolumeConstants.rteLambdaT().value(), temperatureK,
                    geometry);
        }

        @Override
        public double lifetimeNs(double sideAngstrom) {
            if (!(sideAngstrom > 2 * deltaAngstrom)) {
                throw InvalidInputException.of("size", "an RTE pore must be wider than 2 delta = "
                        + 2 * deltaAngstrom + " A, got " + sideAngstrom + " A");
            }
            double f = inner(sideAngstrom);
            double product = Math.pow(f, geometry.confined());
            return 1.0 / (lambdaAPerNs - (lambdaAPerNs - lambdaTPerNs) * product);
        }

        /** F(x): the thermally averaged probability of being farther than delta from both walls. */
        double inner(double sideAngstrom) {
            double x = sideAngstrom * 1e-10;
            double gamma = H * H / (16.0 * M_E * x * x * K_B * temperatureK);
            double ratio = deltaAngstrom / sideAngstrom;
            double classical = 1.0 - 2.0 * ratio;
            int terms = (int) Math.ceil(Math.sqrt(60.0 / gamma)) + 1;
            if (terms > 2_000_000) {
                return classical; // the sum's correction is below 1e-6 of the classical value there
            }
            double num = 0.0;
            double den = 0.0;
            for (int i = 1; i <= terms; i++) {
                double w = Math.exp(-gamma * ((double) i * i - 1.0));
                num += w * Math.sin(2.0 * Math.PI * i * ratio) / (i * Math.PI);
                den += w;
            }
            return classical + num / den;
        }

        @Override
        public double size(double lifetimeNs) {
            double lo = 1.0 / lambdaAPerNs;
            double hi = 1.0 / lambdaTPerNs;
            if (!(lifetimeNs > lifetimeNs(2.0 * deltaAngstrom * 1.0001)) || !(lifetimeNs < hi)) {
                throw InvalidInputException.of("tau3", "the RTE model needs a lifetime between "
                        + Math.max(lo, lifetimeNs(2.0 * deltaAngstrom * 1.0001)) + " and " + hi + " ns, got "
                        + lifetimeNs + " ns");
            }
            return solve(this::lifetimeNs, lifetimeNs, 1e6, 2.0 * deltaAngstrom * 1.0001);
        }

        @Override
        public double diameterAngstrom(double sideAngstrom) {
            // a sphere of the same mean free path 4V/S: cube 2a/3 = 4R/3, channel a = 4R/3, slab 2a = 4R/3
            return switch (geometry) {
                case CUBE -> sideAngstrom;
                case CHANNEL -> 1.5 * sideAngstrom;
                case SLAB -> 3.0 * sideAngstrom;
            };
        }

        @Override
        public String sizeName() {
            return switch (geometry) {
                case CUBE -> "cube side";
                case CHANNEL -> "channel width";
                case SLAB -> "slit width";
            };
        }

        @Override
        public String describe() {
            return "rectangular Tao-Eldrup (RTE), " + geometry.name().toLowerCase(java.util.Locale.ROOT) + ", delta = "
                    + deltaAngstrom + " A, lambda_A = " + lambdaAPerNs + " 1/ns, lambda_T = " + lambdaTPerNs
                    + " 1/ns, T = " + temperatureK + " K";
        }
    }

    private static double solve(java.util.function.DoubleUnaryOperator f, double target, double maxSize) {
        return solve(f, target, maxSize, 1e-6);
    }

    private static double solve(java.util.function.DoubleUnaryOperator f, double target, double maxSize,
            double minSize) {
        if (f.applyAsDouble(maxSize) < target) {
            throw InvalidInputException.of("tau3", "a lifetime of " + target + " ns needs a cavity beyond "
                    + maxSize + " A, outside the model's range");
        }
        BrentSolver solver = new BrentSolver(1e-14, 1e-12);
        return solver.solve(10_000, x -> f.applyAsDouble(x) - target, minSize, maxSize);
    }
}
