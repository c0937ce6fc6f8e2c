package org.permlab.process;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How feed and permeate flow past each other in a stage (CONVENTIONS §8). One record per pattern, each solving a
 * stage with the local flux J_i = Q_i (p_F x_i - p_P y_i):
 * {@link CompleteMixing} (both sides well mixed; algebraic), {@link CrossFlow} (plug-flow feed, permeate leaves
 * where it permeates), {@link CoCurrent} and {@link CounterCurrent} (both sides in plug flow, permeate with or
 * against the feed: a two-point boundary problem).
 */
public sealed interface FlowPattern extends org.permlab.result.Worded, org.permlab.result.Convention
        permits CompleteMixing, CrossFlow, CoCurrent, CounterCurrent {

    /** The word used on the command line and in files: {@code mixed}, {@code crossflow}, ... */
    @Override
    String word();

    /** As a convention of a stage result: {@code flow_pattern}. */
    @Override
    default String key() {
        return "flow_pattern";
    }

    /** As a convention: the description. */
    @Override
    default String statement() {
        return description();
    }

    /** A one-line description for reports. */
    String description();

    /** Solves the stage for this feed. */
    StageResult solve(Stage stage, ProcessStream feed);

    /** The four patterns, from the best to the worst permeate purity (CONVENTIONS §8). */
    static List<FlowPattern> all() {
        return List.of(new CounterCurrent(), new CrossFlow(), new CoCurrent(), new CompleteMixing());
    }

    /** The pattern with this word (case-insensitive; hyphens and "complete-mixing" accepted), if any. */
    static Optional<FlowPattern> ofWord(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
        return switch (w) {
            case "countercurrent", "counter" -> Optional.of(new CounterCurrent());
            case "cocurrent", "co" -> Optional.of(new CoCurrent());
            case "crossflow", "cross" -> Optional.of(new CrossFlow());
            case "mixed", "completemixing", "wellmixed" -> Optional.of(new CompleteMixing());
            default -> Optional.empty();
        };
    }

    /** The accepted words, for messages. */
    static String words() {
        return "countercurrent, cocurrent, crossflow, mixed";
    }
}
