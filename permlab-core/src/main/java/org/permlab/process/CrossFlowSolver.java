package org.permlab.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.DenseOutputModel;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.permlab.error.InvalidInputException;

/**
 * Cross-flow: dL_i/da = -J_i, dP_i/da = J_i (P the permeate collected so far), dp_h/da from the feed-side
 * pressure drop, with J from {@link LocalPermeate}. Runge-Kutta methods keep the linear invariant L_i + P_i
 * exactly, so the component balances close to rounding.
 */
final class CrossFlowSolver {

    /** Points of the reported profile. */
    static final int PROFILE_POINTS = 101;

    private CrossFlowSolver() {
    }

    /** The retentate ran out before the end of the module. */
    static final class RetentateExhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final double atAreaM2;

        RetentateExhausted(double atAreaM2) {
            super(null, null, false, false);
            this.atAreaM2 = atAreaM2;
        }
    }

    /** States sampled at requested positions: [position][L_0..L_n-1, P_0..P_n-1, p_h]. */
    record Sampled(double[] positions, double[][] states, int evaluations) {
    }

    static StageResult solve(StageModel m) {
        if (m.areaM2 == 0 || m.feedTotal == 0) {
            return m.passThrough();
        }
        double[] positions = new double[PROFILE_POINTS];
        for (int k = 0; k < PROFILE_POINTS; k++) {
            positions[k] = m.areaM2 * k / (PROFILE_POINTS - 1);
        }
        Sampled s;
        try {
            s = integrate(m, positions, 1e-12);
        } catch (MathIllegalStateException e) {
            return m.result(m.feed.clone(), m.sweep.clone(), m.feedPressurePa, Optional.empty(),
                    new SolverReport(false, "cross-flow: adaptive Dormand-Prince 8(5,3)", 0, 0, Double.NaN, 0,
                            "the integration did not finish: " + unfinished(m, e), status(e)));
        } catch (WallClock.Expired e) {
            return m.result(m.feed.clone(), m.sweep.clone(), m.feedPressurePa, Optional.empty(),
                    new SolverReport(false, "cross-flow: adaptive Dormand-Prince 8(5,3)", 0, 0, Double.NaN, 0,
                            "the integration did not finish: " + e.getMessage(), SolverStatus.TIME_LIMIT));
        }
        int n = m.n;
        double[] last = s.states()[PROFILE_POINTS - 1];
        double[] retentate = new double[n];
        double[] permeate = new double[n];
        for (int i = 0; i < n; i++) {
            retentate[i] = last[i];
            permeate[i] = last[n + i];
        }
        double ph = last[2 * n];
        return m.result(retentate, permeate, ph, Optional.of(profile(m, s)), new SolverReport(true,
                "cross-flow: adaptive Dormand-Prince 8(5,3), relative tolerance 1e-12", s.evaluations(), 0, 0, 0,
                "converged"));
    }

    /** Whether an unfinished integration ran out of its evaluation count. */
    static boolean evaluationLimit(MathIllegalStateException e) {
        return e.getSpecifier() == org.hipparchus.exception.LocalizedCoreFormats.MAX_COUNT_EXCEEDED;
    }

    static SolverStatus status(MathIllegalStateException e) {
        return evaluationLimit(e) ? SolverStatus.ITERATION_LIMIT : SolverStatus.NOT_CONVERGED;
    }

    static String unfinished(StageModel m, MathIllegalStateException e) {
        return evaluationLimit(e) ? "evaluation limit of " + m.stage.settings().maxEvaluations()
                + " reached (max_evaluations)" : e.getMessage();
    }

    private static ModuleProfile profile(StageModel m, Sampled s) {
        int n = m.n;
        int p = s.positions().length;
        double[] lt = new double[p];
        double[] vt = new double[p];
        double[][] x = new double[p][n];
        double[][] y = new double[p][n];
        double[] ph = new double[p];
        double[] pl = new double[p];
        for (int k = 0; k < p; k++) {
            double[] st = s.states()[k];
            double sum = 0;
            double perm = 0;
            for (int i = 0; i < n; i++) {
                sum += Math.max(st[i], 0);
                perm += st[n + i];
            }
            for (int i = 0; i < n; i++) {
                x[k][i] = Math.max(st[i], 0) / sum;
            }
            lt[k] = sum;
            vt[k] = perm;
            ph[k] = st[2 * n];
            pl[k] = m.permeatePressurePa;
            LocalPermeate.solve(m.q, x[k], ph[k], pl[k], y[k]);
        }
        return new ModuleProfile(m.species, s.positions().clone(), lt, vt, x, y, ph, pl);
    }

    /**
     * Integrates the cross-flow equations and samples the state at the given positions (ascending, within
     * [0, A]).
     *
     * @throws InvalidInputException when the retentate is exhausted or the feed-side pressure falls below the
     *                               permeate pressure before the module ends
     */
    static Sampled integrate(StageModel m, double[] positions, double relativeTolerance) {
        double[][] states = new double[positions.length][];
        List<Integer> cursor = new ArrayList<>(List.of(0));
        int evaluations = run(m, relativeTolerance, new ODEStepHandler() {
            @Override
            public void handleStep(ODEStateInterpolator interpolator) {
                double end = interpolator.getCurrentState().getTime();
                int k = cursor.get(0);
                while (k < positions.length && positions[k] <= end * (1 + 1e-14) + 1e-300) {
                    double t = Math.min(positions[k], end);
                    states[k] = interpolator.getInterpolatedState(t).getPrimaryState();
                    k++;
                }
                cursor.set(0, k);
            }
        });
        for (int k = 0; k < states.length; k++) {
            if (states[k] == null) {
                throw new IllegalStateException("cross-flow sample " + k + " at " + positions[k] + " m2 missing");
            }
        }
        return new Sampled(positions, states, evaluations);
    }

    /**
     * The cross-flow solution as a continuous function of the area (the integrator's dense output), with the
     * integrator's own steps: they are small where the profiles change fast, which makes them a survey of where
     * a mesh needs nodes.
     *
     * @param model the dense output
     * @param steps the step boundaries, from 0 to A
     */
    record Dense(DenseOutputModel model, double[] steps) {

        /** The state [L_0..L_n-1, P_0..P_n-1, p_h] at area a (0 &le; a &le; A). */
        double[] state(double a) {
            double t = Math.min(Math.max(a, model.getInitialTime()), model.getFinalTime());
            return model.getInterpolatedState(t).getPrimaryState();
        }
    }

    /**
     * Integrates the cross-flow equations over the whole module and keeps the dense output.
     *
     * @throws InvalidInputException as {@link #integrate}
     */
    static Dense dense(StageModel m, double relativeTolerance) {
        DenseOutputModel model = new DenseOutputModel();
        List<Double> steps = new ArrayList<>(List.of(0.0));
        run(m, relativeTolerance, new ODEStepHandler() {
            @Override
            public void handleStep(ODEStateInterpolator interpolator) {
                model.handleStep(interpolator);
                steps.add(interpolator.getCurrentState().getTime());
            }

            @Override
            public void init(org.hipparchus.ode.ODEStateAndDerivative initialState, double finalTime) {
                model.init(initialState, finalTime);
            }

            @Override
            public void finish(org.hipparchus.ode.ODEStateAndDerivative finalState) {
                model.finish(finalState);
            }
        });
        double[] s = new double[steps.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = steps.get(k);
        }
        s[s.length - 1] = m.areaM2;
        return new Dense(model, s);
    }

    /** Integrates from 0 to A with the given step handler; returns the number of derivative evaluations. */
    private static int run(StageModel m, double relativeTolerance, ODEStepHandler handler) {
        int n = m.n;
        int dim = 2 * n + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        WallClock clock = new WallClock(m.stage.settings().timeLimitS());
        double[] evals = {0};
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return dim;
            }

            @Override
            public double[] computeDerivatives(double a, double[] u) {
                if (((long) evals[0]++ & 1023) == 0 && clock.expired()) {
                    throw new WallClock.Expired("time limit of " + m.stage.settings().timeLimitS()
                            + " s reached (the wall-clock safety net, time_limit)");
                }
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += Math.max(u[i], 0);
                }
                if (!(sum > 1e-12 * m.feedTotal)) {
                    throw new RetentateExhausted(a);
                }
                for (int i = 0; i < n; i++) {
                    x[i] = Math.max(u[i], 0) / sum;
                }
                double ph = u[2 * n];
                if (!(ph > m.permeatePressurePa)) {
                    throw new PressureExhausted(a, ph);
                }
                double s = LocalPermeate.solve(m.q, x, ph, m.permeatePressurePa, y);
                double[] d = new double[dim];
                for (int i = 0; i < n; i++) {
                    d[i] = -s * y[i];
                    d[n + i] = s * y[i];
                }
                if (m.feedDropCoefficient.isPresent()) {
                    double mu = m.viscosity.get().mixturePaS(x);
                    d[2 * n] = -m.feedDropCoefficient.get() * mu * sum / ph;
                }
                return d;
            }
        };
        double[] abs = new double[dim];
        double[] rel = new double[dim];
        for (int i = 0; i < 2 * n; i++) {
            abs[i] = 1e-2 * relativeTolerance * m.flowScale;
            rel[i] = relativeTolerance;
        }
        abs[2 * n] = 1e-2 * relativeTolerance * m.feedPressurePa;
        rel[2 * n] = relativeTolerance;
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0.0, m.areaM2, abs, rel);
        integrator.setMaxEvaluations(m.stage.settings().maxEvaluations());
        integrator.addStepHandler(handler);
        double[] u0 = new double[dim];
        System.arraycopy(m.feed, 0, u0, 0, n);
        u0[2 * n] = m.feedPressurePa;
        try {
            integrator.integrate(ode, new ODEState(0.0, u0), m.areaM2);
        } catch (RetentateExhausted e) {
            throw InvalidInputException.of("area", String.format(Locale.ROOT, "%.6g m2 is more than this feed can "
                    + "supply: in cross-flow the whole feed has permeated after about %.4g m2 (use a smaller area)",
                    m.areaM2, e.atAreaM2));
        } catch (PressureExhausted e) {
            throw InvalidInputException.of("module", String.format(Locale.ROOT, "the feed-side pressure drop "
                    + "consumes the driving force: the feed-side pressure falls to the permeate pressure after "
                    + "about %.4g m2 of %.6g m2 (shorter or wider channels, or a smaller area)", e.atAreaM2,
                    m.areaM2));
        }
        return integrator.getEvaluations();
    }

    /** The feed-side pressure fell to the permeate pressure. */
    static final class PressureExhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final double atAreaM2;
        final double pressurePa;

        PressureExhausted(double atAreaM2, double pressurePa) {
            super(null, null, false, false);
            this.atAreaM2 = atAreaM2;
            this.pressurePa = pressurePa;
        }
    }
}
