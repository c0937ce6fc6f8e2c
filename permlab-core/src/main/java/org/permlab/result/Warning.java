package org.permlab.result;

import java.util.Objects;

/**
 * Something a user should know about a result that is still defined: a fit that may not be trustworthy, an input
 * outside the range a model was made for. The code is stable (scripts and tests match on it), snake_case, and
 * names the kind of problem ({@code window_too_short}, {@code background_at_zero}); the message says what was seen,
 * with numbers and units.
 *
 * @param code    stable snake_case code
 * @param message one line for a person
 */
public record Warning(String code, String message) {

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!code.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a warning code is snake_case, got '" + code + "'");
        }
    }

    public static Warning of(String code, String message) {
        return new Warning(code, message);
    }

    @Override
    public String toString() {
        return message + " [" + code + "]";
    }
}
