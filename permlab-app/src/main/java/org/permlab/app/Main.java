package org.permlab.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.permlab.app.cli.PermlabCommand;

/** Entry point of the {@code permlab} command. Exit codes: 0 success, 2 bad input or usage, 1 a bug. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = PermlabCommand.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
