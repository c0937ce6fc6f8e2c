package org.permlab.io.tree;

import org.permlab.error.InvalidInputException;

/** A node of a YAML or JSON document: a mapping, a sequence or a scalar, with its position and field path. */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    /** Where the node starts. */
    Location location();

    /** The field path from the document root, e.g. {@code samples[1].thickness}; empty for the root. */
    String path();

    /** An error placed at this node: {@code file:line:column: path: problem}. */
    default InvalidInputException error(String problem) {
        Location at = location();
        return InvalidInputException.at(at.source(), at.line(), at.column(), path().isEmpty() ? null : path(),
                problem);
    }

    /** Re-places an error raised by science or parsing code (which knows no file) at this node. */
    default InvalidInputException relocate(InvalidInputException e) {
        return error(e.problem()).withCause(e);
    }

    /** A word for this kind of node, for messages ("a mapping", "a list", "a value"). */
    String kind();

    /** This node as a mapping, or an error saying a mapping was expected. */
    default MapNode asMap() {
        if (this instanceof MapNode m) {
            return m;
        }
        throw error("expected a mapping of 'key: value' lines, got " + kind());
    }

    /** This node as a list, or an error saying a list was expected. */
    default ListNode asList() {
        if (this instanceof ListNode l) {
            return l;
        }
        throw error("expected a list ('- item' lines or [a, b]), got " + kind());
    }

    /** This node as a scalar, or an error saying a single value was expected. */
    default ScalarNode asScalar() {
        if (this instanceof ScalarNode s) {
            return s;
        }
        throw error("expected a single value, got " + kind());
    }
}
