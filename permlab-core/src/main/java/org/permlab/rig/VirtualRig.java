package org.permlab.rig;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.permlab.error.InvalidInputException;
import org.permlab.permeation.FeedSideMode;
import org.permlab.permeation.RigLog;
import org.permlab.permeation.WickeKallenbach;

/**
 * The virtual Wicke-Kallenbach rig: simulates the log a real rig would write for a membrane of known permeances.
 *
 * <p>At each step the cell is solved for its steady state: N_i = P_i A (p_i - y_i p_perm) with y_i = N_i /
 * (F_sweep + sum N) (no back-permeation of the sweep) and the feed-side p_i of the chosen cell model
 * ({@link FeedSideMode}), by fixed-point iteration from N = 0. After a step, each mole fraction approaches its new
 * steady value as exp(-t / tau) from the previous one. Readings carry noise: GC mole fractions a relative Gaussian
 * error (below the detection limit: "not detected"), mass-flow controllers a relative Gaussian error and a linear
 * drift, gauges and the thermocouple an absolute Gaussian error. Random numbers come from {@link Random} with the
 * schedule's seed and the maths from {@link StrictMath}, so a schedule gives the same log on every machine.
 */
public final class VirtualRig {

    private static final int MAX_ITERATIONS = 2_000;

    private VirtualRig() {
    }

    /**
     * The steady state of the cell.
     *
     * @param permeanceSi per gas, mol m^-2 s^-1 Pa^-1
     * @param feedFlow    per gas, mol s^-1
     * @return the permeation rates N_i, mol s^-1
     */
    public static double[] steadyFlux(double[] permeanceSi, double[] feedFlow, double sweep, double pFeed,
            double pPerm, double area, FeedSideMode mode) {
        int n = feedFlow.length;
        double total = 0;
        for (double f : feedFlow) {
            total += f;
        }
        double[] flux = new double[n];
        double[] next = new double[n];
        double change = Double.POSITIVE_INFINITY;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double sumN = 0;
            for (double v : flux) {
                sumN += v;
            }
            change = 0;
            for (int i = 0; i < n; i++) {
                if (!(feedFlow[i] > 0)) {
                    next[i] = 0;
                    continue;
                }
                double xIn = feedFlow[i] / total;
                double xRet = (feedFlow[i] - flux[i]) / (total - sumN);
                double pi = switch (mode) {
                    case INLET -> xIn * pFeed;
                    case RETENTATE -> xRet * pFeed;
                    case LOG_MEAN -> WickeKallenbach.logMean(xIn * pFeed, xRet * pFeed);
                };
                double y = flux[i] / (sweep + sumN);
                // damped update: stays stable where the permeate side pushes back hard
                double target = permeanceSi[i] * area * (pi - y * pPerm);
                next[i] = 0.5 * flux[i] + 0.5 * Math.max(target, 0.0);
                change = Math.max(change, Math.abs(next[i] - flux[i]) / Math.max(next[i], 1e-300));
            }
            System.arraycopy(next, 0, flux, 0, n);
            if (change < 1e-14 && it > 2) {
                return flux;
            }
        }
        // the log-mean of nearly equal partial pressures carries a rounding error of about 1e-16 / depletion
        if (change < 1e-10) {
            return flux;
        }
        throw InvalidInputException.of("schedule", "the simulated cell did not reach a steady state (stage cut too "
                + "high for the membrane and flows given)");
    }

    /** Simulates the schedule's log. */
    public static RigLog simulate(RigSchedule s) {
        List<String> feedGases = s.feedGases();
        List<String> gc = s.reportedSpecies();
        for (String g : gc) {
            if (feedGases.contains(g) && !s.permeances().containsKey(g)) {
                throw InvalidInputException.of("permeances", "no permeance given for " + g + ", which is fed");
            }
        }
        int rows = 0;
        for (ScheduleStep st : s.steps()) {
            rows += (int) Math.floor(st.durationS() / s.injectionIntervalS() + 1e-9);
        }
        int nf = feedGases.size();
        int ng = gc.size();
        double[] time = new double[rows];
        double[][] feed = new double[nf][rows];
        double[] sweep = new double[rows];
        double[] pFeed = new double[rows];
        double[] pPerm = new double[rows];
        double[] temp = new double[rows];
        double[][] y = new double[ng][rows];
        int[] line = new int[rows];
        Random rng = new Random(s.seed());
        RigNoise noise = s.noise();
        double[] previousY = new double[ng];
        double stepStart = 0;
        int row = 0;
        for (ScheduleStep st : s.steps()) {
            double[] flows = new double[nf];
            for (int g = 0; g < nf; g++) {
                flows[g] = st.feedFlowMolPerS().getOrDefault(feedGases.get(g), 0.0);
            }
            double[] perm = new double[nf];
            for (int g = 0; g < nf; g++) {
                PermeanceModel m = s.permeances().get(feedGases.get(g));
                perm[g] = m == null ? 0.0 : m.permeanceSi(st.temperatureK(), st.feedPressurePa())
                        * st.permeanceFactors().getOrDefault(feedGases.get(g), 1.0);
            }
            double[] flux = steadyFlux(perm, flows, st.sweepFlowMolPerS(), st.feedPressurePa(),
                    st.permeatePressurePa(), s.areaM2(), s.cellModel());
            double sumN = Arrays.stream(flux).sum();
            double[] ySteady = new double[ng];
            for (int k = 0; k < ng; k++) {
                int g = feedGases.indexOf(gc.get(k));
                ySteady[k] = g < 0 ? 0.0 : flux[g] / (st.sweepFlowMolPerS() + sumN);
            }
            int n = (int) Math.floor(st.durationS() / s.injectionIntervalS() + 1e-9);
            for (int j = 1; j <= n; j++) {
                double dt = (j - 0.5) * s.injectionIntervalS();
                double t = stepStart + dt;
                time[row] = t;
                double drift = 1.0 + noise.mfcDriftPer100h() * t / (100 * 3600.0);
                for (int g = 0; g < nf; g++) {
                    feed[g][row] = flows[g] * drift * (1.0 + noise.mfcRelativeSd() * rng.nextGaussian());
                }
                sweep[row] = st.sweepFlowMolPerS() * drift * (1.0 + noise.mfcRelativeSd() * rng.nextGaussian());
                pFeed[row] = st.feedPressurePa() + noise.pressureSdPa() * rng.nextGaussian();
                pPerm[row] = st.permeatePressurePa() + noise.pressureSdPa() * rng.nextGaussian();
                temp[row] = st.temperatureK() + noise.temperatureSdK() * rng.nextGaussian();
                double relax = s.transientTimeConstantS() > 0 ? StrictMath.exp(-dt / s.transientTimeConstantS()) : 0;
                for (int k = 0; k < ng; k++) {
                    double truth = ySteady[k] + (previousY[k] - ySteady[k]) * relax;
                    double read = truth * (1.0 + noise.gcRelativeSd() * rng.nextGaussian());
                    double dl = noise.detectionLimits().getOrDefault(gc.get(k), 0.0);
                    y[k][row] = read > dl && read > 0 ? read : Double.NaN;
                }
                line[row] = row + 2;
                row++;
            }
            previousY = ySteady;
            stepStart += st.durationS();
        }
        return new RigLog(s.experiment(), feedGases, gc, s.sweepGas(), time, feed, sweep, pFeed, pPerm, temp, y, line,
                List.of());
    }
}
