package org.permlab.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Constants;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/**
 * A stage and its feed reduced to arrays in SI on one species list, validated, ready for a solver.
 * Package-private: the solvers' common input.
 */
final class StageModel {

    final Stage stage;
    final FlowPattern pattern;
    final List<String> species;
    final int n;
    /** Permeances at the module temperature. */
    final double[] q;
    final double[] feed;
    final double[] sweep;
    final ProcessStream feedStream;
    final Optional<ProcessStream> sweepStream;
    final double feedPressurePa;
    final double permeatePressurePa;
    final double temperatureK;
    final double areaM2;
    final double feedTotal;
    final double sweepTotal;
    /** Scale of flows for tolerances: feed plus sweep. */
    final double flowScale;
    /** dp/da = -k mu n / p on the feed side, when it has a pressure drop. */
    final Optional<Double> feedDropCoefficient;
    /** |dp/da| = k mu n / p on the permeate side, when it has a pressure drop. */
    final Optional<Double> permeateDropCoefficient;
    final Optional<GasViscosity> viscosity;
    final List<String> notes = new ArrayList<>();

    private StageModel(Stage stage, ProcessStream feedIn, FlowPattern pattern) {
        this.stage = stage;
        this.pattern = pattern;
        LinkedHashSet<String> all = new LinkedHashSet<>(feedIn.species());
        stage.sweep().ifPresent(s -> all.addAll(s.species()));
        this.species = List.copyOf(all);
        this.n = species.size();
        this.temperatureK = stage.temperatureK().orElse(feedIn.temperatureK());
        this.feedPressurePa = feedIn.pressurePa();
        this.permeatePressurePa = stage.permeatePressurePa();
        if (!(permeatePressurePa < feedPressurePa) && feedIn.totalFlowMolS() > 0) {
            throw InvalidInputException.of("permeate_pressure", "must be below the feed pressure (permeate "
                    + permeatePressurePa + " Pa, feed " + feedPressurePa + " Pa)");
        }
        this.feedStream = feedIn.onSpecies(species).withTemperature(temperatureK);
        this.feed = feedStream.componentFlowsMolS();
        for (int i = 0; i < n; i++) {
            if (feed[i] < 0) {
                throw InvalidInputException.of("feed." + species.get(i), "a flow cannot be negative, got " + feed[i]
                        + " mol/s");
            }
        }
        this.sweepStream = stage.sweep().map(s -> s.onSpecies(species).withPressure(permeatePressurePa)
                .withTemperature(temperatureK));
        this.sweep = sweepStream.map(ProcessStream::componentFlowsMolS).orElse(new double[n]);
        this.q = stage.membrane().permeancesSi(species, temperatureK);
        this.areaM2 = stage.module().areaM2();
        double ft = 0;
        double st = 0;
        for (int i = 0; i < n; i++) {
            ft += feed[i];
            st += sweep[i];
            if (sweep[i] < 0) {
                throw InvalidInputException.of("sweep." + species.get(i), "a flow cannot be negative");
            }
        }
        this.feedTotal = ft;
        this.sweepTotal = st;
        this.flowScale = ft + st > 0 ? ft + st : 1.0;
        Optional<Double> kFeed = Optional.empty();
        Optional<Double> kPerm = Optional.empty();
        if (stage.module() instanceof HollowFibre h && !(pattern instanceof CompleteMixing)) {
            double rt = Constants.GAS_CONSTANT * temperatureK;
            double nf = h.fibreCount();
            double dref = h.areaDiameterM();
            double di = h.innerDiameterM();
            double bore = 128 * rt / (Math.PI * Math.PI * Math.pow(di, 4) * nf * nf * dref);
            Optional<Double> shell = h.shellInnerDiameterM().map(ds -> {
                double free = ds * ds - nf * h.outerDiameterM() * h.outerDiameterM();
                double wet = ds + nf * h.outerDiameterM();
                return 128 * rt * wet * wet / (Math.PI * Math.PI * free * free * free * nf * dref);
            });
            if (h.feedSide() == FeedSide.SHELL) {
                kFeed = shell;
                kPerm = Optional.of(bore);
            } else {
                kFeed = Optional.of(bore);
                kPerm = shell;
            }
            if (pattern instanceof CrossFlow) {
                kPerm = Optional.empty();
                notes.add("cross-flow: the permeate leaves where it forms, at the permeate pressure; only the "
                        + "feed-side pressure drop is modelled");
            }
            notes.add(h.describe());
        } else if (stage.module() instanceof HollowFibre && pattern instanceof CompleteMixing) {
            notes.add("complete mixing: one pressure per side; the module's pressure drop is not modelled");
        }
        this.feedDropCoefficient = kFeed;
        this.permeateDropCoefficient = kPerm;
        this.viscosity = kFeed.isPresent() || kPerm.isPresent()
                ? Optional.of(GasViscosity.of(species, temperatureK)) : Optional.empty();
        if (viscosity.isPresent()) {
            notes.add("gas viscosity: Chapman-Enskog (Neufeld collision integral) with Wilke mixing at the local "
                    + "composition");
        }
        if (sweepTotal > 0 && pattern instanceof CrossFlow) {
            throw InvalidInputException.of("sweep", "a cross-flow stage has no permeate channel to sweep; use "
                    + "countercurrent, cocurrent or mixed");
        }
        notes.add(String.format(java.util.Locale.ROOT, "isothermal module at %.6g K; ideal gas", temperatureK));
        if (sweepTotal > 0) {
            notes.add("sweep enters the permeate side at the permeate pressure"
                    + (pattern instanceof CounterCurrent ? ", at the retentate end" : ""));
        }
    }

    static StageModel of(Stage stage, ProcessStream feed, FlowPattern pattern) {
        return new StageModel(stage, feed, pattern);
    }

    /** The outlet streams and the result record, common to every solver. */
    StageResult result(double[] retentate, double[] permeate, double retentatePressurePa,
            Optional<ModuleProfile> profile, SolverReport report) {
        double err = 0;
        for (int i = 0; i < n; i++) {
            err = Math.max(err, Math.abs(feed[i] + sweep[i] - retentate[i] - permeate[i]) / flowScale);
        }
        double permeated = 0;
        for (int i = 0; i < n; i++) {
            permeated += permeate[i] - sweep[i];
        }
        double cut = feedTotal > 0 ? permeated / feedTotal : 0.0;
        ProcessStream r = new ProcessStream(species, retentate, retentatePressurePa, temperatureK);
        ProcessStream p = new ProcessStream(species, permeate, permeatePressurePa, temperatureK);
        Map<String, Double> gpu = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            gpu.put(species.get(i), Units.GPU.fromSi(q[i], ReferenceState.NORMAL));
        }
        return new StageResult(stage.name(), pattern, stage.membrane().name(), gpu, temperatureK, feedStream,
                sweepStream, r, p, areaM2, cut, err, profile, report, notes, StageResult.conventions(pattern));
    }

    /** The result of a stage with no area (or no feed): the feed passes unchanged, the permeate is the sweep. */
    StageResult passThrough() {
        return result(feed.clone(), sweep.clone(), feedPressurePa, Optional.empty(),
                new SolverReport(true, "no area or no feed: nothing permeates", 0, 0, 0, 0, "exact"));
    }

    /** Local flux J_i = Q_i (p_h x_i - p_l y_i). */
    void flux(double[] x, double[] y, double ph, double pl, double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = q[i] * (ph * x[i] - pl * y[i]);
        }
    }
}
