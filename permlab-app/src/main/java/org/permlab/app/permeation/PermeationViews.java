package org.permlab.app.permeation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.permeation.AcrossSamples;
import org.permlab.permeation.ArrheniusFit;
import org.permlab.permeation.ConditionResult;
import org.permlab.permeation.Estimate;
import org.permlab.permeation.IdealSelectivity;
import org.permlab.permeation.PairResult;
import org.permlab.permeation.Recovery;
import org.permlab.permeation.RunReduction;
import org.permlab.permeation.SegmentStability;
import org.permlab.permeation.SelectivityKind;
import org.permlab.permeation.SpeciesResult;
import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.result.Conventions;

/**
 * JSON views of permeation results, in the units membrane people quote (GPU, Barrer, kJ/mol, h) next to SI: what
 * {@code permlab permeation reduce --json} prints and what the report's {@code results.json} holds.
 */
public final class PermeationViews {

    /** SI value of 1 GPU (exact, CONVENTIONS §1). */
    static final double GPU = Units.GPU.toSi(1, ReferenceState.NORMAL);
    /** SI value of 1 Barrer. */
    static final double BARRER = Units.BARRER.toSi(1, ReferenceState.NORMAL);

    private PermeationViews() {
    }

    /** One species at one condition. */
    public record SpeciesView(String gas, String state, double feedFraction, Optional<Double> permeanceGpu,
            Optional<Double> permeanceGpuSd, Optional<Double> permeanceGpuU, Optional<Double> permeanceSi,
            Optional<Double> permeanceSiSd, Optional<Double> upperBoundGpu, int nInjections,
            Optional<Double> permeabilityBarrer, Optional<Double> permeabilityBarrerSd) {
    }

    /** A selectivity. */
    public record PairView(String pair, String fast, String slow, String kind, Optional<String> basis, String state,
            Optional<Double> selectivity, Optional<Double> selectivitySd, Optional<Double> lowerBound,
            Optional<Double> upperBound, double knudsen, Optional<String> fastCondition,
            Optional<String> slowCondition, Optional<Double> temperatureK, Optional<Double> feedPressurePa) {
    }

    /** One condition. */
    public record ConditionView(String label, String note, double fromH, Optional<Double> toH, double steadyFromH,
            double steadyToH, int nInjectionsTotal, double temperatureK, double temperatureSdK, double feedPressurePa,
            double feedPressureSdPa, double permeatePressurePa, double sweepFlowMolPerS,
            Map<String, Double> feedFractions, double stageCut, double stageCutSd, boolean singleGas,
            List<SpeciesView> species, List<PairView> pairs) {
    }

    /** An Arrhenius fit. */
    public record ArrheniusView(String gas, double activationEnergyKjPerMol, double activationEnergySeKjPerMol,
            double referenceTemperatureK, double permeanceAtReferenceGpu, double permeanceAtReferenceSeGpu,
            int nPoints, double chiSquare, int degreesOfFreedom, String weighting) {
    }

    /** A recovery ratio of a pressure series. */
    public record RecoveryView(String quantity, String firstCondition, String peakCondition, String returnCondition,
            double atPeakRatio, double atPeakRatioSd, double recoveryRatio, double recoveryRatioSd) {
    }

    /** One quantity over one segment of a long-term test. */
    public record StabilityView(String segment, String quantity, String unit, double mean, double meanSd,
            int nInjections, double driftPerHundredHours, double driftSePerHundredHours, double driftCi95Low,
            double driftCi95High,
            double ratioToFirst, double ratioToFirstSd, Optional<Double> pValueVsFirst, boolean differsFromFirst) {
    }

    /** A condition that could not be reduced. */
    public record FailureView(String condition, String message) {
    }

    /** A reduced run. */
    public record RunView(String run, String log, String membrane, double areaCm2, double areaSdCm2,
            Optional<Double> thicknessUm, Optional<Double> thicknessSdUm, String series,
            List<ConditionView> conditions, List<PairView> idealSelectivities, List<ArrheniusView> arrhenius,
            List<RecoveryView> recoveries, List<StabilityView> stability, List<FailureView> failures,
            Conventions conventions) {
    }

    public static RunView of(RunReduction r) {
        Optional<Measured> thickness = r.run().thicknessM();
        List<ConditionView> conditions = new ArrayList<>();
        for (ConditionResult c : r.conditions()) {
            List<SpeciesView> species = new ArrayList<>();
            for (SpeciesResult s : c.species()) {
                species.add(species(s, thickness));
            }
            List<PairView> pairs = c.pairs().stream().map(p -> pair(p, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty())).toList();
            conditions.add(new ConditionView(c.label(), c.note(), hours(c.span().fromS()),
                    Double.isFinite(c.span().toS()) ? Optional.of(c.span().toS() / 3600) : Optional.empty(),
                    c.steady().fromS() / 3600, c.steady().toS() / 3600, c.nInjections(), c.temperatureK().value(),
                    c.temperatureK().sd(), c.feedPressurePa().value(), c.feedPressurePa().sd(),
                    c.permeatePressurePa().value(), c.sweepFlowMolPerS().value(), c.feedFractions(),
                    c.stageCut().value(), c.stageCut().sd(), c.singleGas(), species, pairs));
        }
        List<PairView> ideal = new ArrayList<>();
        for (IdealSelectivity i : r.idealSelectivities()) {
            ideal.add(pair(i.result(), Optional.of(i.fastCondition()), Optional.of(i.slowCondition()),
                    Optional.of(i.temperatureK()), Optional.of(i.feedPressurePa())));
        }
        List<ArrheniusView> arrhenius = r.arrhenius().stream().map(PermeationViews::arrhenius).toList();
        List<RecoveryView> recoveries = r.recoveries().stream().map(PermeationViews::recovery).toList();
        List<StabilityView> stability = r.stability().stream().map(PermeationViews::stability).toList();
        List<FailureView> failures = r.failures().stream().map(f -> new FailureView(f.label(), f.message())).toList();
        return new RunView(r.run().id(), r.source(), r.run().membrane(), r.run().areaM2().value() / 1e-4,
                r.run().areaM2().sd() / 1e-4, thickness.map(t -> t.value() / 1e-6), thickness.map(t -> t.sd() / 1e-6),
                r.run().series().word(), conditions, ideal, arrhenius, recoveries, stability, failures,
                r.settings().conventions(r.run().flowReference()));
    }

    private static double hours(double s) {
        return Double.isFinite(s) ? s / 3600 : 0.0;
    }

    static SpeciesView species(SpeciesResult s, Optional<Measured> thickness) {
        Estimate e = s.permeanceSi();
        if (e instanceof Estimate.Value v) {
            Measured p = v.value();
            Optional<Measured> perm = thickness.map(t -> AcrossSamples.permeabilitySi(p, t));
            // a single reading (permeation calc) has no spread to report
            boolean repeated = s.nInjections() > 1;
            return new SpeciesView(s.gas(), e.state(), s.feedFraction(), Optional.of(p.value() / GPU),
                    Optional.of(p.sd() / GPU).filter(x -> repeated),
                    Optional.of(s.meanUncertaintySi() / GPU).filter(x -> repeated), Optional.of(p.value()),
                    Optional.of(p.sd()).filter(x -> repeated), Optional.empty(), s.nInjections(),
                    perm.map(x -> x.value() / BARRER), perm.map(x -> x.sd() / BARRER));
        }
        return new SpeciesView(s.gas(), e.state(), s.feedFraction(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(e.central() / GPU), s.nInjections(),
                Optional.empty(), Optional.empty());
    }

    static PairView pair(PairResult p, Optional<String> fastCondition, Optional<String> slowCondition,
            Optional<Double> temperatureK, Optional<Double> feedPressurePa) {
        Estimate e = p.selectivity();
        Optional<Double> value = e instanceof Estimate.Value v ? Optional.of(v.value().value()) : Optional.empty();
        // an ideal selectivity carries the propagated SD; a separation factor the SD over its injections, if several
        boolean spread = p.kind() == SelectivityKind.IDEAL || p.steadyValues().length > 1;
        Optional<Double> sd = e instanceof Estimate.Value v && spread ? Optional.of(v.value().sd())
                : Optional.empty();
        Optional<Double> lower = e instanceof Estimate.AtLeast l ? Optional.of(l.bound()) : Optional.empty();
        Optional<Double> upper = e instanceof Estimate.AtMost u ? Optional.of(u.bound()) : Optional.empty();
        return new PairView(p.pair().toString(), p.pair().fast(), p.pair().slow(), p.kind().word(),
                p.kind() == SelectivityKind.SEPARATION_FACTOR ? Optional.of(p.basis().word()) : Optional.empty(),
                e.state(), value, sd, lower, upper, p.knudsen(), fastCondition, slowCondition, temperatureK,
                feedPressurePa);
    }

    static ArrheniusView arrhenius(ArrheniusFit f) {
        return new ArrheniusView(f.gas(), f.activationEnergyJPerMol().value() / 1e3,
                f.activationEnergyJPerMol().sd() / 1e3, f.temperatureRefK(), f.permeanceAtRefSi().value() / GPU,
                f.permeanceAtRefSi().sd() / GPU, f.temperaturesK().size(), f.chiSquare(), f.degreesOfFreedom(),
                f.weighting());
    }

    static RecoveryView recovery(Recovery r) {
        return new RecoveryView(r.quantity(), r.firstCondition(), r.peakCondition(), r.returnCondition(),
                r.atPeak().value(), r.atPeak().sd(), r.ratio().value(), r.ratio().sd());
    }

    static StabilityView stability(SegmentStability s) {
        boolean gas = !s.quantity().contains("/");
        double f = gas ? GPU : 1.0;
        return new StabilityView(s.segment(), s.quantity(), gas ? "GPU" : "1", s.mean().value() / f,
                s.mean().sd() / f, s.nInjections(), s.driftPer100h().value() / f, s.driftPer100h().sd() / f,
                s.driftCi95Low() / f, s.driftCi95High() / f, s.ratioToFirst().value(), s.ratioToFirst().sd(),
                s.pValueVsFirst(), s.differsFromFirst());
    }
}
