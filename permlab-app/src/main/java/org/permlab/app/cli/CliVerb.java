package org.permlab.app.cli;

/**
 * Marker for a top-level verb of {@code permlab} (a picocli {@code @Command} class with a public no-argument
 * constructor), discovered through {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.permlab.app.cli.CliVerb}.
 */
public interface CliVerb {
}
