package org.permlab.io.process;

import java.util.Optional;

import org.permlab.process.DesignSpec;
import org.permlab.process.StageCase;

/**
 * A stage case file as read.
 *
 * @param stageCase the stage and its feed
 * @param design    the design problem the file states, if any ({@code design:})
 * @param source    the file as named in messages
 */
public record ProcessCase(StageCase stageCase, Optional<DesignSpec> design, String source) {
}
