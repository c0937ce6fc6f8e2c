package org.permlab.app.permeation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permlab.permeation.AcrossSamples;
import org.permlab.permeation.ArrheniusFit;
import org.permlab.permeation.Estimate;
import org.permlab.permeation.MaterialRun;
import org.permlab.quantity.Measured;

/** JSON views of material-level results (mean over samples, SD over samples, pooled SD over injections). */
final class MaterialViews {

    private MaterialViews() {
    }

    /** A gas's permeance for a material at one condition. */
    record PermeanceRow(String run, String material, String condition, double temperatureK, double feedPressurePa,
            String gas, String state, Optional<Double> permeanceGpu, Optional<Double> permeanceGpuSd,
            Optional<Double> permeanceGpuSdInjections, Optional<Double> permeanceSi, Optional<Double> upperBoundGpu,
            int nSamples, Optional<Double> permeabilityBarrer, Optional<Double> permeabilityBarrerSd) {
    }

    /** A selectivity for a material. */
    record SelectivityRow(String run, String material, String condition, double temperatureK, double feedPressurePa,
            String pair, String kind, Optional<String> basis, String state, Optional<Double> selectivity,
            Optional<Double> selectivitySd, Optional<Double> selectivitySdInjections, Optional<Double> lowerBound,
            Optional<Double> upperBound, int nSamples, double knudsen) {
    }

    /** A sample's Arrhenius fit. */
    record SampleEa(String sample, double activationEnergyKjPerMol, double activationEnergySeKjPerMol) {
    }

    /** A material's activation energy. */
    record EaRow(String run, String material, String gas, double activationEnergyKjPerMol,
            double activationEnergySeKjPerMol, double activationEnergySdOverSamplesKjPerMol, List<SampleEa> samples) {
    }

    /** A pressure series' recovery for a material. */
    record RecoveryRow(String run, String material, String quantity, double atPeakRatio, double atPeakRatioSd,
            double recoveryRatio, double recoveryRatioSd, int nSamples) {
    }

    /** A segment of a long-term test for a material. */
    record StabilityRow(String run, String material, String segment, String quantity, String unit, double mean,
            double meanSd, double driftPerHundredHours, double driftPerHundredHoursSd, double ratioToFirst,
            double ratioToFirstSd,
            int samplesDifferingFromFirst, int nSamples) {
    }

    static List<PermeanceRow> permeances(MaterialRun m, Optional<Measured> thickness) {
        List<PermeanceRow> out = new ArrayList<>();
        for (MaterialRun.Condition c : m.conditions()) {
            for (MaterialRun.Species s : c.species()) {
                Optional<AcrossSamples> a = s.permeance();
                Optional<Measured> perm = a.flatMap(x -> thickness.map(t -> AcrossSamples.permeabilitySi(x.mean(),
                        t)));
                out.add(new PermeanceRow(m.run(), m.material(), c.label(), c.temperatureK(), c.feedPressurePa(),
                        s.gas(), a.isPresent() ? "value" : "upper_bound",
                        a.map(x -> x.mean().value() / PermeationViews.GPU),
                        a.map(x -> x.mean().sd() / PermeationViews.GPU),
                        a.map(x -> x.pooledWithinSd() / PermeationViews.GPU), a.map(x -> x.mean().value()),
                        s.upperBoundSi().map(b -> b / PermeationViews.GPU), c.nSamples(),
                        perm.map(x -> x.value() / PermeationViews.BARRER),
                        perm.map(x -> x.sd() / PermeationViews.BARRER)));
            }
        }
        return out;
    }

    static SelectivityRow selectivity(MaterialRun m, MaterialRun.Pair p, int nSamples) {
        Optional<AcrossSamples> a = p.value();
        Optional<Estimate> b = p.bound();
        return new SelectivityRow(m.run(), m.material(), p.condition(), p.temperatureK(), p.feedPressurePa(),
                p.pair().toString(), p.kind().word(), p.kind() == org.permlab.permeation.SelectivityKind.IDEAL
                        ? Optional.empty() : Optional.of(p.basis().word()),
                a.isPresent() ? "value" : b.map(Estimate::state).orElse("undetermined"),
                a.map(x -> x.mean().value()), a.map(x -> x.mean().sd()), a.map(AcrossSamples::pooledWithinSd),
                b.filter(x -> x instanceof Estimate.AtLeast).map(Estimate::central),
                b.filter(x -> x instanceof Estimate.AtMost).map(Estimate::central), nSamples, p.knudsen());
    }

    static List<SelectivityRow> selectivities(MaterialRun m) {
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

    static List<EaRow> activation(MaterialRun m) {
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

    static List<RecoveryRow> recoveries(MaterialRun m) {
        return m.recoveries().stream().map(r -> new RecoveryRow(m.run(), m.material(), r.quantity(),
                r.atPeak().mean().value(), r.atPeak().mean().sd(), r.ratio().mean().value(), r.ratio().mean().sd(),
                r.ratio().samples())).toList();
    }

    static List<StabilityRow> stability(MaterialRun m) {
        return m.stability().stream().map(s -> {
            boolean gas = !s.quantity().contains("/");
            double f = gas ? PermeationViews.GPU : 1.0;
            return new StabilityRow(m.run(), m.material(), s.segment(), s.quantity(), gas ? "GPU" : "1",
                    s.mean().mean().value() / f, s.mean().mean().sd() / f, s.driftPer100h().value() / f,
                    s.driftPer100h().sd() / f, s.ratioToFirst().value(), s.ratioToFirst().sd(), s.differing(),
                    s.nSamples());
        }).toList();
    }
}
