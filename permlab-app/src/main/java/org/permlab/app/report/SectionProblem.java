package org.permlab.app.report;

/**
 * A section that could not be computed.
 *
 * @param section the section id
 * @param message one line: what and where
 * @param bug     true when it was not bad input but a defect of permlab
 */
public record SectionProblem(String section, String message, boolean bug) {
}
