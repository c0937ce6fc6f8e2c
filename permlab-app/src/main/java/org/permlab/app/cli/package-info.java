/**
 * The command line: the root {@code permlab} command, verb discovery, the exit-code contract and shared option
 * converters.
 *
 * <p>A capability adds a verb by writing a picocli {@code @Command} class that implements {@link
 * org.permlab.app.cli.CliVerb} and listing it in {@code META-INF/services/org.permlab.app.cli.CliVerb}; nothing
 * else changes. Bad input ({@link org.permlab.error.InvalidInputException} or a usage error) prints one line and
 * exits 2; anything else is a bug: exit 1 with a short message, the stack trace only with {@code --debug}.
 */
package org.permlab.app.cli;
