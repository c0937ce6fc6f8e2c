package org.permlab.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/** The reference case of CONVENTIONS §8 and helpers shared by the process tests. */
final class SeedCase {

    static final double GPU = Units.GPU.toSi(1, ReferenceState.NORMAL);
    static final List<String> SPECIES = List.of("He", "N2", "CH4");

    private SeedCase() {
    }

    /** He 51 GPU, He/N2 17.4, He/CH4 13.9 (seed paper at 423 K; CONVENTIONS §8). */
    static Membrane seedMembrane() {
        return membrane("seed", 51, 51 / 17.4, 51 / 13.9);
    }

    static Membrane membrane(String name, double he, double n2, double ch4) {
        Map<String, PermeanceModel> p = new LinkedHashMap<>();
        p.put("He", new ConstantPermeance(he * GPU));
        p.put("N2", new ConstantPermeance(n2 * GPU));
        p.put("CH4", new ConstantPermeance(ch4 * GPU));
        return new Membrane(name, p);
    }

    /** He 1 % / N2 5 % / CH4 94 %, 1 mol/s, 50 bar, 423 K. */
    static ProcessStream feed() {
        return ProcessStream.ofFractions(SPECIES, 1.0, new double[] {0.01, 0.05, 0.94}, 50e5, 423);
    }

    /** A He/N2/CH4 membrane given by the He permeance (GPU) and the two selectivities. */
    static Membrane membrane(double heGpu, double alphaN2, double alphaCh4) {
        return membrane("random", heGpu, heGpu / alphaN2, heGpu / alphaCh4);
    }

    /** A He/N2/CH4 feed of 1 mol/s at 423 K: x_He, then N2's share of the rest, at the given pressure. */
    static ProcessStream feed(double xHe, double shareN2, double pFeedBar) {
        double rest = 1 - xHe;
        return ProcessStream.ofFractions(SPECIES, 1.0, new double[] {xHe, rest * shareN2, rest * (1 - shareN2)},
                pFeedBar * 1e5, 423);
    }

    /** The area at which complete mixing permeates the whole feed (permeate at 1 bar). */
    static double maxArea(Membrane m, ProcessStream feed) {
        return CompleteMixingSolver.maxArea(StageModel.of(Stage.simple("S", m, 1, new CompleteMixing(), 1e5), feed,
                new CompleteMixing()));
    }

    /**
     * A counter-current flat-sheet stage at 423 K, permeate at 1 bar, with an N2 sweep of {@code sweepN2} mol/s (none
     * if 0), of the area {@code areaFraction} times {@link #maxArea}.
     */
    static Stage counterCurrent(Membrane m, ProcessStream feed, double areaFraction, double sweepN2) {
        Optional<ProcessStream> sweep = sweepN2 > 0
                ? Optional.of(new ProcessStream(List.of("N2"), new double[] {sweepN2}, 1e5, 423))
                : Optional.empty();
        return new Stage("S", m, new FlatSheet(areaFraction * maxArea(m, feed)), new CounterCurrent(), 1e5,
                Optional.of(423.0), sweep, SolverSettings.DEFAULT);
    }

    /**
     * Binary local (cross-flow) permeate in closed form: the root in [0, 1] of
     * r(1 - alpha) y^2 + (1 - x - r + alpha(r + x)) y - alpha x = 0, r = p_l / p_h.
     */
    static double binaryLocalPermeate(double x, double alpha, double r) {
        double a = r * (1 - alpha);
        double b = 1 - x - r + alpha * (r + x);
        double c = -alpha * x;
        return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
    }

    static Stage stage(double areaM2, FlowPattern pattern) {
        return Stage.simple("S1", seedMembrane(), areaM2, pattern, 1e5);
    }

    static Membrane binary(double qFast, double qSlow) {
        Map<String, PermeanceModel> p = new LinkedHashMap<>();
        p.put("He", new ConstantPermeance(qFast));
        p.put("CH4", new ConstantPermeance(qSlow));
        return new Membrane("binary", p);
    }
}
