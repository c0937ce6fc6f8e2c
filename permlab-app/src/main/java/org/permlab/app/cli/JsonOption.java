package org.permlab.app.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

import org.permlab.app.json.Json;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option every computing verb shares ({@code @Mixin JsonOption json;}): print the result record
 * as JSON instead of text.
 */
public final class JsonOption {

    @Option(names = "--json", description = "Print the result as JSON (snake_case keys ending in their unit; a "
            + "'conventions' entry names the choices made).")
    boolean json;

    /** Whether {@code --json} was given. */
    public boolean enabled() {
        return json;
    }

    /** Prints the result as JSON when {@code --json} was given, otherwise writes it as text. */
    public <R> void print(R result, PrintWriter out, Consumer<PrintWriter> text) {
        if (json) {
            Json.print(result, out);
        } else {
            text.accept(out);
            out.flush();
        }
    }
}
