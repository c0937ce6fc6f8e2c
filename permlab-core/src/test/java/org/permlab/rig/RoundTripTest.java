package org.permlab.rig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;
import org.permlab.permeation.ConditionResult;
import org.permlab.permeation.Estimate;
import org.permlab.permeation.FeedSideMode;
import org.permlab.permeation.PermeationReducer;
import org.permlab.permeation.ReductionSettings;
import org.permlab.permeation.RigLog;
import org.permlab.permeation.RunDescription;
import org.permlab.permeation.RunReduction;
import org.permlab.permeation.Segment;
import org.permlab.permeation.SeriesKind;
import org.permlab.permeation.SpeciesResult;
import org.permlab.permeation.TimeWindow;
import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/**
 * Acceptance, the round trip: simulate runs with known permeances on the virtual rig (GC noise, MFC noise,
 * gauge noise, transients), reduce them, and count how often the reduced permeance lies within 2 reported SDs of
 * the truth; the pulls (reduced minus true, over the reported uncertainty of the mean) are bounded on both sides. 200
 * runs drawn by a seeded {@link SplittableRandom}: the statistics are over all runs, so a loop is plainer than a
 * property. (The class name ends in Test so that Surefire runs it in {@code mvn verify}.)
 */
class RoundTripTest {

    static final double GPU = Units.GPU.toSi(1, ReferenceState.NORMAL);
    static final double ML = Units.ML_PER_MIN.toSi(1, ReferenceState.NORMAL);

    /** One random run. */
    record Case(double fastGpu, double selectivity, boolean mixed, FeedSideMode mode, double gcRsd, double mfcRsd,
            int injections, double tauS) {
    }

    /** One random run, drawn uniformly from the ranges (no edge cases: the coverage is over typical runs). */
    static Case draw(SplittableRandom rnd) {
        FeedSideMode[] modes = FeedSideMode.values();
        return new Case(rnd.nextDouble(5, 100), rnd.nextDouble(2, 30), rnd.nextBoolean(),
                modes[rnd.nextInt(modes.length)], rnd.nextDouble(0.005, 0.03), rnd.nextDouble(0.0005, 0.005),
                rnd.nextInt(10, 17), rnd.nextDouble(0, 300));
    }

    /** The pulls of one reduced run, and its refused conditions. */
    record Outcome(List<Double> bySd, List<Double> byU, List<Double> z, int conditions, int refused) {
    }

    @Test
    void reducedPermeancesRecoverTheTruth() {
        int runs = 200;
        SplittableRandom rnd = new SplittableRandom(20261123L);
        List<Double> bySd = new ArrayList<>();
        List<Double> byU = new ArrayList<>();
        List<Double> z = new ArrayList<>();
        int conditions = 0;
        int refused = 0;
        for (int i = 0; i < runs; i++) {
            Case c = draw(rnd);
            Outcome o = reduce(c, rnd.nextLong());
            bySd.addAll(o.bySd());
            byU.addAll(o.byU());
            z.addAll(o.z());
            conditions += o.conditions();
            refused += o.refused();
        }
        int cases = byU.size();
        double within2Sd = bySd.stream().filter(p -> Math.abs(p) <= 2).count() / (double) cases;
        double within2U = byU.stream().filter(p -> Math.abs(p) <= 2).count() / (double) cases;
        double meanZ = z.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sdZ = Math.sqrt(z.stream().mapToDouble(v -> (v - meanZ) * (v - meanZ)).sum() / (cases - 1));
        double maxZ = z.stream().mapToDouble(v -> Math.abs(v)).max().orElseThrow();
        double meanU = byU.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sdU = Math.sqrt(byU.stream().mapToDouble(v -> (v - meanU) * (v - meanU)).sum() / (cases - 1));
        double maxU = byU.stream().mapToDouble(v -> Math.abs(v)).max().orElseThrow();
        System.out.printf("round trip: %d species over %d runs; within 2 SD (over injections) %.4f, within 2 u "
                + "(standard uncertainty of the mean) %.4f; pulls by u: mean %+.3f, SD %.3f, max |pull| %.2f; "
                + "normal scores: mean %+.3f, SD %.3f, max |z| %.2f; %d of %d conditions refused (no steady state)%n",
                cases, runs, within2Sd, within2U, meanU, sdU, maxU, meanZ, sdZ, maxZ, refused, conditions);
        // every run was reduced: two conditions of one gas each, or one of the mixture; two species in all
        assertThat(conditions).isBetween(runs, 2 * runs);
        assertThat(cases).isBetween(2 * runs - 2 * refused, 2 * runs);
        // the steady-state criterion rarely refuses a condition of at least 10 injections
        assertThat(refused).isLessThanOrEqualTo(conditions / 50);
        // the acceptance: at least 95 % within 2 reported SDs (the SD over steady injections, which is not an
        // uncertainty of the mean: it covers nearly every case, so it has no upper bound)
        assertThat(within2Sd).isGreaterThanOrEqualTo(0.95);
        // stronger: the standard uncertainty of the mean is calibrated. For an unbiased reduction 2 u covers
        // 95.0-95.3 % (JCGM 101 6.4.9.4, 5 to 16 steady injections); with 400 cases the binomial SD of the rate is
        // 1.1 %, and 0.911 is 3.5 SD below 0.95, while a bias of one u (coverage 0.84) or an uncertainty a quarter
        // too small (coverage 0.87) fails it. Two-sided: 0.99 is 3.4 SD above 0.953, and an uncertainty 30 % too
        // large (2 u = 2.6 true SDs, coverage 0.99) fails it.
        assertThat(within2U).isBetween(0.911, 0.99);
        // the pulls themselves, two-sided. With Gaussian readings, (mean - truth) / (s / sqrt n) is Student's t with
        // n - 1 degrees of freedom; its normal score z = Phi^-1(F_t) is then exactly standard normal, whatever n
        // (the pulls by u have unit variance too, but tails as heavy as t with 4 degrees of freedom, whose sample
        // SD is too noisy to bound). For 400 standard normal scores the sampling SD of their SD is
        // 1/sqrt(2 * 399) = 0.035: [0.86, 1.14] is 4 sampling SDs either side of 1, and an uncertainty 15 % too
        // small or too large fails it. max |z| <= 4.5: P(|z| > 4.5) = 6.8e-6, so 400 normal scores exceed it with
        // probability 0.3 %.
        assertThat(sdZ).as("SD of the normal scores of the pulls").isBetween(0.86, 1.14);
        assertThat(maxZ).as("largest |normal score| of a pull").isLessThanOrEqualTo(4.5);
        // the mean normal score has sampling SD 1/sqrt(400) = 0.05 for independent pulls. The reduction is
        // measured here to be low by about 0.25 u when the transient time constant exceeds 75 s (steady injections
        // still approaching the steady value from below) and unbiased below; 0.3 (6 sampling SDs) bounds that and
        // fails a bias of a third of u either way.
        assertThat(meanZ).as("mean normal score of the pulls").isBetween(-0.3, 0.3);
    }

    static Outcome reduce(Case c, long seed) {
        double interval = 600;
        double duration = c.injections() * interval;
        Map<String, PermeanceModel> truth = Map.of(
                "He", new ArrheniusPermeance(c.fastGpu() * GPU, 303, 8000, List.of()),
                "N2", new ArrheniusPermeance(c.fastGpu() / c.selectivity() * GPU, 303, 9000, List.of()));
        List<ScheduleStep> steps = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        // an ordered map: the rig draws its noise in the order of the fed gases, so Map.of's per-JVM order would make
        // the run depend on the JVM, not only on the seed
        List<Map<String, Double>> feeds = c.mixed() ? List.of(new TreeMap<>(Map.of("He", 25 * ML, "N2", 25 * ML)))
                : List.of(Map.of("He", 25 * ML), Map.of("N2", 25 * ML));
        for (int k = 0; k < feeds.size(); k++) {
            steps.add(new ScheduleStep("s" + k, duration, 303, 1e5, 101325, feeds.get(k), 25 * ML, Map.of(), ""));
            segments.add(new Segment("s" + k, new TimeWindow(k * duration, (k + 1) * duration), Optional.empty(),
                    false, ""));
        }
        // detection limits far below every simulated fraction: this property is about numbers, not bounds
        RigNoise noise = new RigNoise(c.gcRsd(), Map.of("He", 1e-9, "N2", 1e-9), c.mfcRsd(), 0, 20, 0.05);
        RigSchedule s = new RigSchedule("rt", "M", seed, 2e-4, truth, c.mode(), "Ar", List.of("He", "N2"),
                noise, interval, c.tauS(), steps);
        RigLog log = VirtualRig.simulate(s);
        RunDescription run = new RunDescription("rt", "M", Measured.exact(2e-4), Optional.empty(), "Ar",
                ReferenceState.NORMAL, Map.of(), Map.of("He", 1e-9, "N2", 1e-9), segments, SeriesKind.NONE,
                List.of());
        RunReduction r = PermeationReducer.reduce(log, run, ReductionSettings.DEFAULT.withFeedSide(c.mode()));
        int refused = 0;
        // a condition may be refused (no steady state found): that is counted, never a wrong number
        for (var f : r.failures()) {
            assertThat(f.message()).startsWith("no steady state");
            refused++;
        }
        List<Double> bySd = new ArrayList<>();
        List<Double> byU = new ArrayList<>();
        List<Double> z = new ArrayList<>();
        for (ConditionResult cond : r.conditions()) {
            for (SpeciesResult sp : cond.species()) {
                double t = truth.get(sp.gas()).permeanceSi(303, 1e5);
                Measured m = ((Estimate.Value) sp.permeanceSi()).value();
                bySd.add((m.value() - t) / m.sd());
                byU.add((m.value() - t) / sp.meanUncertaintySi());
                z.add(normalScore((m.value() - t) / (m.sd() / Math.sqrt(sp.nInjections())), sp.nInjections() - 1));
            }
        }
        return new Outcome(bySd, byU, z, r.conditions().size() + r.failures().size(), refused);
    }

    /**
     * The standard normal quantile of Student's t with the given degrees of freedom (the mean of n Gaussian readings
     * minus the truth, over s / sqrt(n), has n - 1): Phi^-1(F_t(t)), computed in the lower tail for accuracy.
     */
    static double normalScore(double t, int dof) {
        double lower = new TDistribution(dof).cumulativeProbability(-Math.abs(t));
        return -Math.signum(t) * new NormalDistribution(0, 1).inverseCumulativeProbability(lower);
    }
}
