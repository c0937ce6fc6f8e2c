package org.permlab.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code permlab} in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PermlabCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error contract: exit 2, one line on stderr, no stack trace. */
    public boolean isOneLineBadInput() {
        String e = err.strip();
        return exitCode == 2 && !e.isEmpty() && !e.contains("\n") && !e.contains("Exception")
                && !e.contains("\tat ");
    }
}
