package org.permlab.permeation;

import org.permlab.result.Convention;
import org.permlab.result.Worded;

/**
 * Which feed-side partial pressure p_i enters the permeance P_i = N_i / (A (p_i - y_i p_perm)) (docs/permeation.md,
 * "Conventions"). Typed {@code inlet}, {@code retentate} or {@code logmean} ({@code log-mean} too).
 */
public enum FeedSideMode implements Convention, Worded {
    /** The inlet value x_i p_feed, with x_i from the feed mass-flow controllers. The default. */
    INLET("inlet", "p_i = x_i,inlet p_feed"),
    /** A well-mixed cell: x_i of the retentate, (F_i - N_i) / (F_feed - sum N), times p_feed. */
    RETENTATE("retentate", "p_i = x_i,retentate p_feed, x_i,retentate = (F_i - N_i) / (F_feed - sum_j N_j)"),
    /** The logarithmic mean of the inlet and retentate partial pressures. */
    LOG_MEAN("logmean", "p_i = (p_i,in - p_i,ret) / ln(p_i,in / p_i,ret)");

    private final String word;
    private final String formula;

    FeedSideMode(String word, String formula) {
        this.word = word;
        this.formula = formula;
    }

    /** The word used on the command line, in YAML and in JSON. */
    @Override
    public String word() {
        return word;
    }

    /** {@code feed_side}. */
    @Override
    public String key() {
        return "feed_side";
    }

    /** The mode and its definition, e.g. {@code inlet: p_i = x_i,inlet p_feed}. */
    @Override
    public String statement() {
        return word + ": " + formula;
    }

    /** The definition, for the {@code conventions} entry of results. */
    public String formula() {
        return formula;
    }
}
