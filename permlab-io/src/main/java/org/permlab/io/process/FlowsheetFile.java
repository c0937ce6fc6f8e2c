package org.permlab.io.process;

import java.util.Optional;

import org.permlab.process.Flowsheet;
import org.permlab.process.OptimisationSpec;

/**
 * A flowsheet file as read.
 *
 * @param flowsheet    the cascade
 * @param optimisation the optimisation problem the file states, if any ({@code optimisation:})
 * @param source       the file as named in messages
 */
public record FlowsheetFile(Flowsheet flowsheet, Optional<OptimisationSpec> optimisation, String source) {
}
