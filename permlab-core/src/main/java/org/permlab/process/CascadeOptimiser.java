package org.permlab.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.permlab.error.InvalidInputException;

/**
 * Minimises the annual area-plus-energy cost of a cascade ({@link CostModel}) over bounded parameters, subject to
 * lower bounds on the product's purity and recovery.
 *
 * <p>The variables are scaled to [0, 1]; the constraints enter as a quadratic exterior penalty
 * mu sum max(0, (bound - value)/bound)^2 added to the cost relative to the starting cost, with mu raised 1e2, 1e4,
 * 1e6 and each round started from the last optimum (Nocedal and Wright, Numerical Optimization, 2nd ed., §17.1).
 * Each round is Powell's BOBYQA (bound-constrained, derivative-free; Powell, Cambridge report DAMTP 2009/NA06;
 * Hipparchus {@link BOBYQAOptimizer}) for two or more variables, Brent's method for one. A cascade that cannot be
 * solved at a trial point counts as very expensive. The best feasible point met is returned; the result says
 * whether the constraints hold.
 */
public final class CascadeOptimiser {

    private static final double[] PENALTIES = {1e2, 1e4, 1e6};
    private static final double INFEASIBLE = 1e12;

    private CascadeOptimiser() {
    }

    /**
     * Optimises the flowsheet's parameters for the least cost.
     *
     * @param base            the flowsheet, with a product when there are constraints
     * @param variables       one or more parameters with bounds
     * @param cost            the cost model
     * @param constraints     lower bounds on purity or recovery
     * @param maxEvaluations  cascade solves allowed in all (each round gets a share)
     */
    public static OptimisationResult optimise(Flowsheet base, List<OptimisationVariable> variables, CostModel cost,
            List<ProductConstraint> constraints, int maxEvaluations) {
        if (variables.isEmpty()) {
            throw InvalidInputException.of("variables", "the optimiser needs at least one variable");
        }
        if (!constraints.isEmpty() && base.product().isEmpty()) {
            throw InvalidInputException.of("product", "constraints on purity or recovery need a product stream "
                    + "and species");
        }
        int d = variables.size();
        double[] lo = new double[d];
        double[] span = new double[d];
        double[] z0 = new double[d];
        for (int i = 0; i < d; i++) {
            OptimisationVariable v = variables.get(i);
            lo[i] = v.lowerSi();
            span[i] = v.upperSi() - v.lowerSi();
            double current = v.parameter().current(base);
            z0[i] = Double.isFinite(current) ? Math.min(1, Math.max(0, (current - lo[i]) / span[i])) : 0.5;
        }
        Tracker t = new Tracker(base, variables, cost, constraints, lo, span);
        double scale = t.costAt(z0);
        if (!Double.isFinite(scale) || scale <= 0) {
            scale = 1;
        }
        t.costScale = scale;
        double[] z = z0.clone();
        int perRound = Math.max(2 * d + 5, maxEvaluations / PENALTIES.length);
        String method = d == 1 ? "Brent (Hipparchus BrentOptimizer)" : "BOBYQA (Hipparchus BOBYQAOptimizer)";
        boolean budgetHit = false;
        for (double mu : PENALTIES) {
            t.mu = mu;
            try {
                if (d == 1) {
                    BrentOptimizer brent = new BrentOptimizer(1e-6, 1e-9);
                    z = new double[] {brent.optimize(new MaxEval(perRound), new UnivariateObjectiveFunction(
                            x -> t.objective(new double[] {x})), GoalType.MINIMIZE,
                            new SearchInterval(0, 1, z[0])).getPoint()};
                } else {
                    BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * d + 1, 0.2, 1e-4);
                    double[] start = z.clone();
                    for (int i = 0; i < d; i++) {
                        start[i] = Math.min(1 - 1e-9, Math.max(1e-9, start[i]));
                    }
                    z = bobyqa.optimize(new MaxEval(perRound), new ObjectiveFunction(t::objective),
                            GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(new double[d],
                                    filled(d, 1.0))).getPoint();
                }
            } catch (MathIllegalStateException e) {
                budgetHit = true;
                if (t.bestZ != null) {
                    z = t.bestZ.clone();
                }
            }
        }
        double[] best = t.bestFeasibleZ != null ? t.bestFeasibleZ : t.bestZ != null ? t.bestZ : z;
        double[] x = t.toSi(best);
        Flowsheet fs = t.flowsheetAt(best);
        CascadeResult r = fs.solve();
        Map<String, Double> values = new LinkedHashMap<>();
        boolean feasible = r.recycle().converged();
        for (ProductConstraint c : constraints) {
            double v = c.value(r);
            values.put(c.quantity(), v);
            feasible &= v >= c.minimum() * (1 - 1e-6);
        }
        String message = (t.bestFeasibleZ != null ? "converged" : "no point met every constraint")
                + (budgetHit ? " (evaluation budget of " + maxEvaluations + " reached in a round)" : "");
        return new OptimisationResult(variables, x, r, cost.annualCost(r), cost.areaCost(r.totalAreaM2()),
                cost.energyCost(r.compressorPowerW()), values, feasible, new SolverReport(feasible,
                        "exterior quadratic penalty (mu = 1e2, 1e4, 1e6) with " + method, t.evaluations, 0, 0, 0,
                        message), cost.currency(), conventions(cost.currency()));
    }

    /** The definitions an optimisation result follows. */
    static org.permlab.result.Conventions conventions(String currency) {
        return org.permlab.result.Conventions.of(
                org.permlab.result.Convention.of("annual_cost", "area cost per m2 and year x total area + energy "
                        + "price per kWh x compressor power (kW) x hours per year, in " + currency + " per year"),
                org.permlab.result.Convention.of("constraints", "lower bounds on the product's purity (mole "
                        + "fraction) and recovery; met within 1e-6 relative"),
                org.permlab.result.Convention.of("method", "variables scaled to [0, 1]; exterior quadratic penalty, "
                        + "mu = 1e2, 1e4, 1e6; BOBYQA (Brent for one variable); the best point meeting every bound "
                        + "is returned"),
                org.permlab.result.Convention.of("values", "lower_si, upper_si and optimum_si in SI: m2, Pa, K, "
                        + "mol/s, or a fraction, as each parameter is"));
    }

    private static double[] filled(int d, double v) {
        double[] a = new double[d];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** Evaluates points, remembers the best. */
    private static final class Tracker {
        final Flowsheet base;
        final List<OptimisationVariable> variables;
        final CostModel cost;
        final List<ProductConstraint> constraints;
        final double[] lo;
        final double[] span;
        double costScale = 1;
        double mu;
        int evaluations;
        double[] bestZ;
        double bestObjective = Double.POSITIVE_INFINITY;
        double[] bestFeasibleZ;
        double bestFeasibleCost = Double.POSITIVE_INFINITY;
        RecycleState warm = RecycleState.none();

        Tracker(Flowsheet base, List<OptimisationVariable> variables, CostModel cost,
                List<ProductConstraint> constraints, double[] lo, double[] span) {
            this.base = base;
            this.variables = variables;
            this.cost = cost;
            this.constraints = constraints;
            this.lo = lo;
            this.span = span;
        }

        double[] toSi(double[] z) {
            double[] x = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                x[i] = lo[i] + span[i] * Math.min(1, Math.max(0, z[i]));
            }
            return x;
        }

        Flowsheet flowsheetAt(double[] z) {
            double[] x = toSi(z);
            Flowsheet fs = base;
            for (int i = 0; i < x.length; i++) {
                fs = variables.get(i).parameter().apply(fs, x[i]);
            }
            return fs;
        }

        double costAt(double[] z) {
            try {
                CascadeResult r = flowsheetAt(z).solve();
                if (r.recycle().converged()) {
                    warm = r.recycleState();
                }
                return r.recycle().converged() ? cost.annualCost(r) : Double.NaN;
            } catch (InvalidInputException e) {
                return Double.NaN;
            }
        }

        double objective(double[] z) {
            evaluations++;
            CascadeResult r;
            try {
                r = flowsheetAt(z).solve(warm);
            } catch (InvalidInputException e) {
                return INFEASIBLE;
            }
            if (!r.recycle().converged()) {
                return INFEASIBLE;
            }
            warm = r.recycleState();
            double c = cost.annualCost(r);
            double penalty = 0;
            for (ProductConstraint pc : constraints) {
                double v = pc.value(r);
                double shortfall = Math.max(0, (pc.minimum() - v) / pc.minimum());
                penalty += shortfall * shortfall;
            }
            double objective = c / costScale + mu * penalty;
            if (objective < bestObjective) {
                bestObjective = objective;
                bestZ = z.clone();
            }
            if (penalty <= 1e-12 && c < bestFeasibleCost) {
                bestFeasibleCost = c;
                bestFeasibleZ = z.clone();
            }
            return objective;
        }
    }
}
