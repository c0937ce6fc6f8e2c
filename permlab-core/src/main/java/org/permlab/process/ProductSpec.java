package org.permlab.process;

/**
 * The product of a flowsheet: the stream that carries the recovered species.
 *
 * @param stream  a product stream (produced by a unit and not consumed)
 * @param species the species recovered in it (e.g. {@code He})
 */
public record ProductSpec(String stream, String species) {
}
