package org.permlab.result;

import java.util.Map;
import java.util.Objects;

/**
 * A choice a computation made, in the words a user reads: e.g. the feed-side partial pressure
 * ({@code feed_side: "inlet: p_i = x_i,inlet p_feed"}) or the reference state of a mass-flow controller. The typed
 * value that made the choice (an enum constant, a settings record) implements this interface, so the statement is
 * produced by the code that made the choice, next to the numbers it uses.
 *
 * <p>In JSON a convention is {@code "key": "statement"}, or, when it has {@link #parameters()}, an object holding
 * {@code statement} and the parameters (numbers with unit-suffixed keys).
 */
public interface Convention {

    /** The key under {@code conventions}, snake_case ({@code feed_side}, {@code mfc_reference_state}). */
    String key();

    /** One line: the choice and, where it has one, its definition. */
    String statement();

    /**
     * Numbers of the choice that a program may want to read (e.g. {@code temperature_K}, {@code pressure_Pa} of a
     * reference state), snake_case keys with unit suffixes; empty for most conventions.
     */
    default Map<String, Object> parameters() {
        return Map.of();
    }

    /** A convention stated in words where no typed value carries it (a fixed definition of the method). */
    static Convention of(String key, String statement) {
        return new Stated(key, statement, Map.of());
    }

    /** A stated convention with parameters. */
    static Convention of(String key, String statement, Map<String, Object> parameters) {
        return new Stated(key, statement, parameters);
    }

    /**
     * A convention given by its words.
     *
     * @param key        snake_case key
     * @param statement  the choice and its definition
     * @param parameters numbers of the choice, in insertion order
     */
    record Stated(String key, String statement, Map<String, Object> parameters) implements Convention {

        public Stated {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(statement, "statement");
            if (!key.matches("[a-z][a-z0-9_]*(_[A-Za-z0-9]+)*")) {
                throw new IllegalArgumentException("a convention key is snake_case, got '" + key + "'");
            }
            parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        }
    }
}
