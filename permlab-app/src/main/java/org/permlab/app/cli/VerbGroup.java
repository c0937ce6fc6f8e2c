package org.permlab.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A top-level verb that only groups sub-verbs ({@code permlab units convert|list}): run alone, it prints its usage.
 * Subclasses carry the picocli {@code @Command} annotation with their sub-commands.
 */
public abstract class VerbGroup implements CliVerb, Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
