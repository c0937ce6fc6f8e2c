package org.permlab.gas;

/**
 * Where a value comes from.
 *
 * @param key  short key used in the data files
 * @param text the full citation
 */
public record Citation(String key, String text) {
}
