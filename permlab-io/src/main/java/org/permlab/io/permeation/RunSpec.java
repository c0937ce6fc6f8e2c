package org.permlab.io.permeation;

import org.permlab.permeation.ReductionSettings;
import org.permlab.permeation.RunDescription;

/**
 * A run description as read from YAML, with the reduction settings it asks for (which command-line options may
 * override).
 *
 * @param run      the run
 * @param settings the reduction settings written in the file (defaults where it says nothing)
 */
public record RunSpec(RunDescription run, ReductionSettings settings) {
}
