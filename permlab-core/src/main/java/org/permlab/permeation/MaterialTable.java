package org.permlab.permeation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/**
 * A material's results as the report's tables and results.json list them, one row per gas, pair, fit or segment, in
 * the units membrane people quote (GPU, Barrer, kJ/mol): mean over samples with the SD over samples, and the pooled
 * SD over steady injections next to it.
 *
 * @param permeances         per condition and gas
 * @param selectivities      ideal selectivities, then separation factors per condition
 * @param activationEnergies per gas
 * @param recoveries         per gas or pair of a pressure series
 * @param stability          per segment and gas or pair of a long-term test
 */
public record MaterialTable(List<PermeanceRow> permeances, List<SelectivityRow> selectivities,
        List<EaRow> activationEnergies, List<RecoveryRow> recoveries, List<StabilityRow> stability) {

    private static final double GPU = Units.GPU.toSi(1, ReferenceState.NORMAL);
    private static final double BARRER = Units.BARRER.toSi(1, ReferenceState.NORMAL);

    public MaterialTable {
        permeances = List.copyOf(permeances);
        selectivities = List.copyOf(selectivities);
        activationEnergies = List.copyOf(activationEnergies);
        recoveries = List.copyOf(recoveries);
        stability = List.copyOf(stability);
    }

    /** A gas's permeance for a material at one condition ({@code state} value or upper_bound). */
    public record PermeanceRow(String run, String material, String condition, double temperatureK,
            double feedPressurePa, String gas, String state, Optional<Measured> permeanceGpu,
            Optional<Double> permeanceSdInjectionsGpu, Optional<Double> permeanceSi, Optional<Double> upperBoundGpu,
            int nSamples, Optional<Measured> permeabilityBarrer) {
    }

    /** A selectivity for a material; {@code basis} only for a separation factor. */
    public record SelectivityRow(String run, String material, String condition, double temperatureK,
            double feedPressurePa, String pair, SelectivityKind kind, Optional<String> basis, String state,
            Optional<Measured> selectivity, Optional<Double> selectivitySdInjections, Optional<Double> lowerBound,
            Optional<Double> upperBound, int nSamples, double knudsen) {
    }

    /** A sample's Arrhenius fit: Ea and its standard error. */
    public record SampleEa(String sample, double activationEnergyKjPerMol, double activationEnergySeKjPerMol) {
    }

    /** A material's activation energy. */
    public record EaRow(String run, String material, String gas, double activationEnergyKjPerMol,
            double activationEnergySeKjPerMol, double activationEnergySdOverSamplesKjPerMol, List<SampleEa> samples) {
        public EaRow {
            samples = List.copyOf(samples);
        }
    }

    /** A pressure series' recovery for a material. */
    public record RecoveryRow(String run, String material, String quantity, Measured atPeakRatio,
            Measured recoveryRatio, int nSamples) {
    }

    /** A segment of a long-term test for a material; {@code unit} is GPU for a gas, 1 for a pair. */
    public record StabilityRow(String run, String material, String segment, String quantity, String unit,
            Measured mean, Measured driftPerHundredHours, Measured ratioToFirst, int samplesDifferingFromFirst,
            int nSamples) {
    }

    /** The rows of a material, its permeabilities through {@code thickness} when known. */
    public static MaterialTable of(MaterialRun m, Optional<Measured> thickness) {
        return new MaterialTable(permeances(m, thickness), selectivities(m), activation(m), recoveries(m),
                stability(m));
    }

    private static List<PermeanceRow> permeances(MaterialRun m, Optional<Measured> thickness) {
        List<PermeanceRow> out = new ArrayList<>();
        for (MaterialRun.Condition c : m.conditions()) {
            for (MaterialRun.Species s : c.species()) {
                Optional<AcrossSamples> a = s.permeance();
                Optional<Measured> perm = a.flatMap(x -> thickness.map(t -> AcrossSamples.permeabilitySi(x.mean(),
                        t)));
                out.add(new PermeanceRow(m.run(), m.material(), c.label(), c.temperatureK(), c.feedPressurePa(),
                        s.gas(), a.isPresent() ? "value" : "upper_bound",
                        a.map(x -> new Measured(x.mean().value() / GPU, x.mean().sd() / GPU)),
                        a.map(x -> x.pooledWithinSd() / GPU), a.map(x -> x.mean().value()),
                        s.upperBoundSi().map(b -> b / GPU), c.nSamples(),
                        perm.map(x -> new Measured(x.value() / BARRER, x.sd() / BARRER))));
            }
        }
        return out;
    }

    private static SelectivityRow selectivity(MaterialRun m, MaterialRun.Pair p, int nSamples) {
        Optional<AcrossSamples> a = p.value();
        Optional<Estimate> b = p.bound();
        return new SelectivityRow(m.run(), m.material(), p.condition(), p.temperatureK(), p.feedPressurePa(),
                p.pair().toString(), p.kind(), p.kind() == SelectivityKind.IDEAL ? Optional.empty()
                        : Optional.of(p.basis().word()),
                a.isPresent() ? "value" : b.map(Estimate::state).orElse("undetermined"),
                a.map(AcrossSamples::mean), a.map(AcrossSamples::pooledWithinSd),
                b.filter(x -> x instanceof Estimate.AtLeast).map(Estimate::central),
                b.filter(x -> x instanceof Estimate.AtMost).map(Estimate::central), nSamples, p.knudsen());
    }

    private static List<SelectivityRow> selectivities(MaterialRun m) {
        List<SelectivityRow> out = new ArrayList<>();
        for (MaterialRun.Pair p : m.ideal()) {
            out.add(selectivity(m, p, m.samples().size()));
        }
        for (MaterialRun.Condition c : m.conditions()) {
            for (MaterialRun.Pair p : c.pairs()) {
                out.add(selectivity(m, p, c.nSamples()));
            }
        }
        return out;
    }

    private static List<EaRow> activation(MaterialRun m) {
        List<EaRow> out = new ArrayList<>();
        for (MaterialRun.Activation a : m.activation()) {
            List<SampleEa> samples = new ArrayList<>();
            for (int i = 0; i < a.perSample().size(); i++) {
                ArrheniusFit f = a.perSample().get(i);
                samples.add(new SampleEa(i < m.samples().size() ? m.samples().get(i) : "?",
                        f.activationEnergyJPerMol().value() / 1e3, f.activationEnergyJPerMol().sd() / 1e3));
            }
            out.add(new EaRow(m.run(), m.material(), a.gas(), a.combinedJPerMol().value() / 1e3,
                    a.combinedJPerMol().sd() / 1e3, a.sdOverSamples() / 1e3, samples));
        }
        return out;
    }

    private static List<RecoveryRow> recoveries(MaterialRun m) {
        return m.recoveries().stream().map(r -> new RecoveryRow(m.run(), m.material(), r.quantity(),
                r.atPeak().mean(), r.ratio().mean(), r.ratio().samples())).toList();
    }

    private static List<StabilityRow> stability(MaterialRun m) {
        return m.stability().stream().map(s -> {
            boolean gas = !s.quantity().contains("/");
            double f = gas ? GPU : 1.0;
            return new StabilityRow(m.run(), m.material(), s.segment(), s.quantity(), gas ? "GPU" : "1",
                    new Measured(s.mean().mean().value() / f, s.mean().mean().sd() / f),
                    new Measured(s.driftPer100h().value() / f, s.driftPer100h().sd() / f), s.ratioToFirst(),
                    s.differing(), s.nSamples());
        }).toList();
    }
}
