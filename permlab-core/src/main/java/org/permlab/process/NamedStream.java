package org.permlab.process;

import java.util.Optional;

/**
 * A stream of a solved flowsheet.
 *
 * @param name   its name
 * @param from   the unit producing it (empty for a feed)
 * @param to     the unit reading it (empty for a product)
 * @param tear   whether the recycle solver tore the flowsheet at this stream
 * @param stream flows, pressure and temperature
 */
public record NamedStream(String name, Optional<String> from, Optional<String> to, boolean tear,
        ProcessStream stream) {

    /** A feed, a product or an internal stream. */
    public String role() {
        return from.isEmpty() ? "feed" : to.isEmpty() ? "product" : "internal";
    }
}
