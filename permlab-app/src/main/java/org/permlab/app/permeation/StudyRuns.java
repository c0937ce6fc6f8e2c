package org.permlab.app.permeation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.io.permeation.GcCalibrationReader;
import org.permlab.io.permeation.RigLogReader;
import org.permlab.io.permeation.RunDescriptionReader;
import org.permlab.io.permeation.RunSpec;
import org.permlab.io.study.DataFile;
import org.permlab.io.study.DataKind;
import org.permlab.io.study.Sample;
import org.permlab.io.study.Study;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Node;
import org.permlab.io.tree.Trees;
import org.permlab.permeation.FeedSideMode;
import org.permlab.permeation.GcCalibration;
import org.permlab.permeation.PermeationReducer;
import org.permlab.permeation.ReductionSettings;
import org.permlab.permeation.RigLog;
import org.permlab.permeation.RunReduction;
import org.permlab.permeation.SelectivityBasis;

/**
 * Reduces the rig logs of a study: each {@code rig-log} entry names its sample (the membrane: area, thickness) and,
 * in its {@code options}, the {@code permeation-run} entry that describes the run ({@code run: ID}), optionally a
 * {@code gc-calibration} entry ({@code calibration: ID}) and run-description keys that override the file's.
 */
final class StudyRuns {

    private StudyRuns() {
    }

    /** A reduced log of a study. */
    record Reduced(DataFile log, Sample sample, RunReduction reduction) {
    }

    static Reduced reduce(Study study, DataFile log, Optional<FeedSideMode> feedSide,
            Optional<SelectivityBasis> basis) {
        MapNode opts = log.options();
        Sample sample = log.sample().flatMap(study::sample).orElseThrow(() -> log.entry().error(
                "a rig-log entry needs 'sample:', the membrane it was measured on (its area and thickness)"));
        if (sample.areaM2().isEmpty()) {
            throw log.entry().error("sample " + sample.id() + " has no area; a permeance needs the membrane area");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, org.permlab.io.tree.Location> keys = new LinkedHashMap<>();
        String runId = log.id();
        if (opts.has("run")) {
            Node ref = opts.require("run");
            String id = ref.asScalar().string().strip();
            DataFile runFile = study.dataFile(id).filter(f -> f.kind() == DataKind.PERMEATION_RUN).orElseThrow(() ->
                    ref.error("no permeation-run data entry with id '" + id + "' in this study"));
            MapNode file = Trees.read(runFile.path(), study.directory().relativize(runFile.path()).toString())
                    .asMap();
            entries.putAll(file.entries());
            keys.putAll(file.keyLocations());
            runId = file.optString("run").orElse(id);
        }
        Optional<GcCalibration> calibration = Optional.empty();
        if (opts.has("calibration")) {
            Node ref = opts.require("calibration");
            String id = ref.asScalar().string().strip();
            DataFile cal = study.dataFile(id).filter(f -> f.kind() == DataKind.GC_CALIBRATION).orElseThrow(() ->
                    ref.error("no gc-calibration data entry with id '" + id + "' in this study"));
            calibration = Optional.of(GcCalibrationReader.read(cal.path(), study.directory().relativize(cal.path())
                    .toString()));
        }
        for (var e : opts.entries().entrySet()) {
            if (!e.getKey().equals("run") && !e.getKey().equals("calibration")) {
                entries.put(e.getKey(), e.getValue());
                keys.put(e.getKey(), opts.keyLocations().get(e.getKey()));
            }
        }
        entries.remove("run");
        MapNode merged = new MapNode(opts.location(), opts.path(), entries, keys);
        RunSpec spec = RunDescriptionReader.read(merged, runId, Optional.of(new RunDescriptionReader.Membrane(
                sample.id(), sample.areaM2().get(), sample.thicknessM())));
        ReductionSettings s = spec.settings();
        s = new ReductionSettings(feedSide.orElse(s.feedSide()), basis.orElse(s.basis()), s.steadyState());
        String source = study.directory().relativize(log.path()).toString().replace('\\', '/');
        RigLog rigLog = RigLogReader.read(log.path(), source, spec.run().flowReference(), calibration);
        try {
            return new Reduced(log, sample, PermeationReducer.reduce(rigLog, spec.run(), s));
        } catch (InvalidInputException e) {
            throw e.source().isPresent() ? e : InvalidInputException.of(source, e.getMessage());
        }
    }
}
