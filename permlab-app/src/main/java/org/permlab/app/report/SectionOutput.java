package org.permlab.app.report;

/**
 * What a section produced.
 *
 * @param results the result record(s), serialised under the section's id in {@code results.json}; each carries
 *                its units and conventions
 * @param html    the section's HTML body (without its heading), built with {@link Html}
 */
public record SectionOutput(Object results, String html) {
}
