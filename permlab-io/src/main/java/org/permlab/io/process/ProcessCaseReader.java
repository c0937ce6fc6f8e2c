package org.permlab.io.process;

import java.nio.file.Path;
import java.util.Optional;

import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.ScalarNode;
import org.permlab.io.tree.Trees;
import org.permlab.process.DesignSpec;
import org.permlab.process.DesignTarget;
import org.permlab.process.DesignTargets;
import org.permlab.process.DesignVariable;
import org.permlab.process.Membrane;
import org.permlab.process.ProcessStream;
import org.permlab.process.Stage;
import org.permlab.process.StageCase;
import org.permlab.quantity.Dimension;

/**
 * Reads a stage case ({@code CASE.yaml}; data kind {@code process-case}):
 *
 * <pre>
 * case: seed-single-stage
 * feed: {flow: 1 mol/s, composition: {He: 0.01, N2: 0.05, CH4: 0.94}, pressure: 50 bar, temperature: 423 K}
 * membrane:
 *   name: ZIF-62 glass (seed paper, 423 K)
 *   permeances: {He: 51 GPU, N2: 2.931 GPU, CH4: 3.669 GPU}
 * stage: {pattern: countercurrent, area: 10 m2, permeate_pressure: 1 bar}
 * design: {target: purity:He=0.9, vary: area}     # optional
 * </pre>
 */
public final class ProcessCaseReader {

    private ProcessCaseReader() {
    }

    public static ProcessCase read(Path file, String source) {
        MapNode root = Trees.read(file, source).asMap();
        root.allowOnly("case", "description", "feed", "membrane", "stage", "design");
        String fileName = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = root.string("case", fileName);
        ProcessStream feed = ProcessYaml.stream(root.map("feed"), java.util.Optional.empty(),
                java.util.Optional.empty());
        Membrane membrane = ProcessYaml.membrane(root.map("membrane"), "membrane");
        MapNode stageNode = root.map("stage").allowOnly("name", "pattern", "area", "permeate_pressure",
                "temperature", "sweep", "module", "solver");
        Stage stage = ProcessYaml.stage(stageNode, stageNode.string("name", "S1"), membrane,
                Optional.of(feed.temperatureK()));
        checkSpecies(root, membrane, feed, stage);
        if (!(stage.permeatePressurePa() < feed.pressurePa())) {
            throw stageNode.require("permeate_pressure").error("must be below the feed pressure (permeate "
                    + stageNode.string("permeate_pressure") + ", feed " + root.map("feed").string("pressure") + ")");
        }
        Optional<DesignSpec> design = root.optMap("design").map(ProcessCaseReader::design);
        return new ProcessCase(new StageCase(name, stage, feed), design, source);
    }

    /** Every species in the feed (and sweep) needs a permeance; say which one lacks it, where. */
    static void checkSpecies(MapNode at, Membrane membrane, ProcessStream feed, Stage stage) {
        for (String s : feed.species()) {
            if (!membrane.permeances().containsKey(s)) {
                throw at.require("membrane").error("permeances: no permeance for " + s
                        + " (the feed carries it); give one (0 GPU for an impermeable species)");
            }
        }
        stage.sweep().ifPresent(sw -> sw.species().forEach(s -> {
            if (!membrane.permeances().containsKey(s)) {
                throw at.require("membrane").error("permeances: no permeance for " + s + " (the sweep carries it)");
            }
        }));
    }

    static DesignSpec design(MapNode m) {
        m.allowOnly("target", "vary", "lower", "upper");
        ScalarNode t = m.require("target").asScalar();
        DesignTarget target = ProcessYaml.at(t, () -> DesignTargets.parse(t.string()));
        DesignVariable variable = m.has("vary")
                ? (m.require("vary").asScalar().oneOf("area", "feed-pressure", "feed_pressure").equals("area")
                        ? DesignVariable.AREA : DesignVariable.FEED_PRESSURE)
                : DesignVariable.AREA;
        Dimension dim = variable == DesignVariable.AREA ? Dimension.AREA : Dimension.PRESSURE;
        Optional<Double> lower = m.optQuantity("lower", dim, ProcessYaml.REF);
        Optional<Double> upper = m.optQuantity("upper", dim, ProcessYaml.REF);
        return new DesignSpec(target, variable, lower, upper);
    }
}
