package org.permlab.permeation;

import org.permlab.gas.GasPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.quantity.Measured;

/**
 * One experiment on several samples of a material (the seed: three membranes each), combined condition by
 * condition: every value is the mean over the samples with the SD over samples, next to the pooled SD over steady
 * injections (both spreads, as the seed's error bars are the SD over samples).
 *
 * @param run        the run id (the experiment)
 * @param material   the material
 * @param samples    the sample ids, in order
 * @param series     what the experiment varies
 * @param conditions per condition label, in time order
 * @param ideal      ideal selectivities between single-gas conditions
 * @param activation per gas, the activation energy from each sample's Arrhenius fit, combined
 * @param recoveries per gas or pair, the pressure series' recovery
 * @param stability  per segment and gas or pair, the long-term test
 */
public record MaterialRun(String run, String material, List<String> samples, SeriesKind series,
        List<Condition> conditions, List<Pair> ideal, List<Activation> activation, List<RecoveryAcross> recoveries,
        List<StabilityAcross> stability) {

    /** How a material's values combine its samples'. */
    public static final org.permlab.result.Convention ACROSS_SAMPLES = org.permlab.result.Convention.of(
            "across_samples", "material value = mean of the samples' means; error bars and '± SD' = SD over samples "
                    + "(n - 1); the pooled SD over steady injections is reported next to it");
    /** How a material's activation energy combines its samples' fits. */
    public static final org.permlab.result.Convention ACTIVATION_ENERGY = org.permlab.result.Convention.of(
            "activation_energy", "each sample's weighted Arrhenius fit; the material's Ea is their inverse-variance "
                    + "weighted mean, SE widened by the Birge ratio when the samples disagree");

    /**
     * A condition across samples.
     *
     * @param label          the segment label
     * @param temperatureK   mean over samples
     * @param feedPressurePa mean over samples
     * @param singleGas      one gas fed
     * @param species        per fed gas
     * @param pairs          separation factors
     * @param nSamples       samples in which this condition was reduced
     */
    public record Condition(String label, double temperatureK, double feedPressurePa, boolean singleGas,
            List<Species> species, List<Pair> pairs, int nSamples) {

        public Optional<Species> species(String gas) {
            return species.stream().filter(s -> s.gas().equals(gas)).findFirst();
        }

        public Optional<Pair> pair(GasPair p) {
            return pairs.stream().filter(x -> x.pair().equals(p)).findFirst();
        }
    }

    /**
     * A gas's permeance across samples.
     *
     * @param gas       formula
     * @param permeance mean ± SD over samples and the pooled SD over injections (SI), when every sample detected it
     * @param upperBoundSi the largest sample bound, when a sample did not detect it
     */
    public record Species(String gas, Optional<AcrossSamples> permeance, Optional<Double> upperBoundSi) {
    }

    /**
     * A selectivity across samples.
     *
     * @param pair        fast over slow
     * @param kind        ideal or separation factor
     * @param basis       for a separation factor
     * @param value       mean ± SD over samples, when every sample gave a number
     * @param bound       otherwise the bound implied (the loosest over samples)
     * @param knudsen     the Knudsen selectivity
     * @param temperatureK  mean temperature
     * @param feedPressurePa mean feed pressure
     * @param condition   the condition (or "fast / slow" conditions for an ideal selectivity)
     */
    public record Pair(GasPair pair, SelectivityKind kind, SelectivityBasis basis, Optional<AcrossSamples> value,
            Optional<Estimate> bound, double knudsen, double temperatureK, double feedPressurePa, String condition) {
    }

    /**
     * A material's activation energy.
     *
     * @param gas               formula
     * @param combinedJPerMol   inverse-variance weighted mean of the samples' Ea ± its standard error
     * @param sdOverSamples     SD of the samples' Ea
     * @param perSample         each sample's fit
     */
    public record Activation(String gas, Measured combinedJPerMol, double sdOverSamples, List<ArrheniusFit> perSample) {
    }

    /**
     * A recovery across samples.
     *
     * @param quantity gas or pair
     * @param atPeak   value at the peak pressure over the start, across samples
     * @param ratio    the recovery ratio across samples
     */
    public record RecoveryAcross(String quantity, AcrossSamples atPeak, AcrossSamples ratio) {
    }

    /**
     * A segment of a long-term test across samples.
     *
     * @param segment      label
     * @param quantity     gas (permeance, SI) or pair (separation factor)
     * @param mean         the segment means across samples
     * @param driftPer100h the samples' drifts per 100 h: mean ± SD over samples
     * @param ratioToFirst the samples' ratios to the first segment: mean ± SD over samples
     * @param differing    samples in which the segment differs from the first (Welch, p < 0.05)
     * @param nSamples     samples
     */
    public record StabilityAcross(String segment, String quantity, AcrossSamples mean, Measured driftPer100h,
            Measured ratioToFirst, int differing, int nSamples) {
    }

    /** Combines the runs of one experiment on the samples of one material. */
    public static MaterialRun of(String run, String material, List<String> sampleIds, List<RunReduction> runs) {
        List<String> labels = new ArrayList<>();
        for (RunReduction r : runs) {
            for (ConditionResult c : r.conditions()) {
                if (!labels.contains(c.label())) {
                    labels.add(c.label());
                }
            }
        }
        List<Condition> conditions = new ArrayList<>();
        for (String label : labels) {
            List<ConditionResult> cs = runs.stream().map(r -> r.condition(label)).flatMap(Optional::stream).toList();
            double t = cs.stream().mapToDouble(c -> c.temperatureK().value()).average().orElseThrow();
            double p = cs.stream().mapToDouble(c -> c.feedPressurePa().value()).average().orElseThrow();
            List<String> gases = new ArrayList<>();
            List<GasPair> pairs = new ArrayList<>();
            for (ConditionResult c : cs) {
                c.species().forEach(s -> {
                    if (!gases.contains(s.gas())) {
                        gases.add(s.gas());
                    }
                });
                c.pairs().forEach(x -> {
                    if (!pairs.contains(x.pair())) {
                        pairs.add(x.pair());
                    }
                });
            }
            List<Species> species = new ArrayList<>();
            for (String g : gases) {
                List<Estimate> es = cs.stream().map(c -> c.species(g)).flatMap(Optional::stream)
                        .map(SpeciesResult::permeanceSi).toList();
                species.add(es.stream().allMatch(Estimate::isValue)
                        ? new Species(g, Optional.of(AcrossSamples.of(values(es))), Optional.empty())
                        : new Species(g, Optional.empty(), Optional.of(es.stream().mapToDouble(Estimate::central)
                                .max().orElseThrow())));
            }
            List<Pair> pairResults = new ArrayList<>();
            for (GasPair gp : pairs) {
                List<PairResult> prs = cs.stream().map(c -> c.pair(gp)).flatMap(Optional::stream).toList();
                pairResults.add(pair(gp, prs, t, p, label));
            }
            conditions.add(new Condition(label, t, p, cs.stream().allMatch(ConditionResult::singleGas), species,
                    pairResults, cs.size()));
        }
        Map<GasPair, List<IdealSelectivity>> ideal = new LinkedHashMap<>();
        for (RunReduction r : runs) {
            for (IdealSelectivity i : r.idealSelectivities()) {
                ideal.computeIfAbsent(i.result().pair(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Pair> idealPairs = new ArrayList<>();
        ideal.forEach((gp, list) -> idealPairs.add(pair(gp, list.stream().map(IdealSelectivity::result).toList(),
                list.stream().mapToDouble(IdealSelectivity::temperatureK).average().orElseThrow(),
                list.stream().mapToDouble(IdealSelectivity::feedPressurePa).average().orElseThrow(),
                list.get(0).fastCondition() + " / " + list.get(0).slowCondition())));
        Map<String, List<ArrheniusFit>> fits = new LinkedHashMap<>();
        runs.forEach(r -> r.arrhenius().forEach(f -> fits.computeIfAbsent(f.gas(), k -> new ArrayList<>()).add(f)));
        List<Activation> activation = new ArrayList<>();
        fits.forEach((g, list) -> activation.add(new Activation(g, AcrossSamples.weightedMean(list.stream()
                .map(ArrheniusFit::activationEnergyJPerMol).toList()), Series.meanSd(list.stream().mapToDouble(
                        f -> f.activationEnergyJPerMol().value()).toArray()).sd(), list)));
        Map<String, List<Recovery>> rec = new LinkedHashMap<>();
        runs.forEach(r -> r.recoveries().forEach(x -> rec.computeIfAbsent(x.quantity(), k -> new ArrayList<>())
                .add(x)));
        List<RecoveryAcross> recoveries = new ArrayList<>();
        rec.forEach((q, list) -> recoveries.add(new RecoveryAcross(q, AcrossSamples.of(list.stream()
                .map(Recovery::atPeak).toList()), AcrossSamples.of(list.stream().map(Recovery::ratio).toList()))));
        Map<String, List<SegmentStability>> st = new LinkedHashMap<>();
        runs.forEach(r -> r.stability().forEach(x -> st.computeIfAbsent(x.segment() + "\u0000" + x.quantity(),
                k -> new ArrayList<>()).add(x)));
        List<StabilityAcross> stability = new ArrayList<>();
        st.forEach((k, list) -> stability.add(new StabilityAcross(list.get(0).segment(), list.get(0).quantity(),
                AcrossSamples.of(list.stream().map(SegmentStability::mean).toList()),
                Series.meanSd(list.stream().mapToDouble(s -> s.driftPer100h().value()).toArray()),
                Series.meanSd(list.stream().mapToDouble(s -> s.ratioToFirst().value()).toArray()),
                (int) list.stream().filter(SegmentStability::differsFromFirst).count(), list.size())));
        SeriesKind kind = runs.isEmpty() ? SeriesKind.NONE : runs.get(0).run().series();
        return new MaterialRun(run, material, sampleIds, kind, conditions, idealPairs, activation, recoveries,
                stability);
    }

    private static List<Measured> values(List<Estimate> es) {
        return es.stream().map(e -> ((Estimate.Value) e).value()).toList();
    }

    private static Pair pair(GasPair gp, List<PairResult> prs, double t, double p, String label) {
        PairResult first = prs.get(0);
        List<Estimate> es = prs.stream().map(PairResult::selectivity).toList();
        if (es.stream().allMatch(Estimate::isValue)) {
            return new Pair(gp, first.kind(), first.basis(), Optional.of(AcrossSamples.of(values(es))),
                    Optional.empty(), first.knudsen(), t, p, label);
        }
        boolean lower = es.stream().noneMatch(e -> e instanceof Estimate.AtMost);
        boolean upper = es.stream().noneMatch(e -> e instanceof Estimate.AtLeast);
        Optional<Estimate> bound = lower ? Optional.of(new Estimate.AtLeast(es.stream().mapToDouble(Estimate::central)
                .min().orElseThrow())) : upper ? Optional.of(new Estimate.AtMost(es.stream()
                        .mapToDouble(Estimate::central).max().orElseThrow())) : Optional.empty();
        return new Pair(gp, first.kind(), first.basis(), Optional.empty(), bound, first.knudsen(), t, p, label);
    }
}
