package org.permlab.permeation;

/**
 * A condition that could not be reduced; the run's other conditions still are.
 *
 * @param label   the segment's label
 * @param message one line: what and where (file, line, column, row)
 */
public record ConditionFailure(String label, String message) {
}
