package org.permlab.process;

/**
 * What a stage design must achieve. One record per kind: {@link StageCutTarget}, {@link PurityTarget},
 * {@link RecoveryTarget}.
 */
public sealed interface DesignTarget permits StageCutTarget, PurityTarget, RecoveryTarget {

    /** The target value. */
    double target();

    /** The value a solved stage achieves. */
    double achieved(StageResult stage);

    /** A word for the quantity, e.g. {@code "stage cut"}, {@code "He purity"}. */
    String describe();

    /** The form used on the command line, e.g. {@code purity:He=0.9}. */
    String spec();
}
