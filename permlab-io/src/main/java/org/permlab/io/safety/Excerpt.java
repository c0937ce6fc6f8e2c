package org.permlab.io.safety;

/**
 * A short, escaped piece of the user's input for an error message: at most a few dozen characters, control and
 * non-printing characters shown as escapes, so that a message never copies a whole line of a file (which may not be
 * the user's to show, or may be binary) and always stays one line.
 */
public final class Excerpt {

    /** The default longest excerpt, characters. */
    public static final int DEFAULT_MAX = 40;

    private Excerpt() {
    }

    /** The text quoted in single quotes, at most {@link #DEFAULT_MAX} characters. */
    public static String quote(CharSequence text) {
        return quote(text, DEFAULT_MAX);
    }

    /** The text quoted in single quotes, at most {@code max} characters before an ellipsis. */
    public static String quote(CharSequence text, int max) {
        StringBuilder b = new StringBuilder("'");
        int n = text.length();
        for (int i = 0; i < n && i < max; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                b.append("\\t");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (Character.isISOControl(c) || c == '\uFFFD' || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        if (n > max) {
            b.append('\u2026');
        }
        return b.append('\'').toString();
    }
}
