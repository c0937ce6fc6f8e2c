package org.permlab.gas;

/**
 * A literature value in SI with its source.
 *
 * @param valueSi the value in SI (kg/mol, m, K, Pa)
 * @param source  where it comes from
 */
public record SourcedValue(double valueSi, Citation source) {
}
