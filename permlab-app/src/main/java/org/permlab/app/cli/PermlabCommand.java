package org.permlab.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.ServiceLoader;

import org.permlab.error.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command. Verbs are found through {@link ServiceLoader} ({@link CliVerb}). */
@Command(name = "permlab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"permlab: a workbench for gas-separation membrane research.",
            "From raw instrument files to permeances, free volumes, trade-off plots and process designs.", ""},
        footer = {"", "Examples:",
            "  permlab report examples/zif62-helium      run every analysis of a study, write out/report.html",
            "  permlab units convert 1 GPU --to \"mol/(m2 s Pa)\"",
            "  permlab gas knudsen He N2",
            "", "Run 'permlab VERB --help' for a verb's options and examples.",
            "Exit codes: 0 success, 2 bad input or usage (one line says what and where), 1 a bug."},
        subcommandsRepeatable = false)
public final class PermlabCommand implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, also print the stack trace (for bug reports).")
    boolean debug;

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with every discovered verb. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PermlabCommand());
        for (CliVerb verb : ServiceLoader.load(CliVerb.class)) {
            cl.addSubcommand(verb);
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        WordedConverter.registerAll(cl);
        // wide enough that no example command is wrapped mid-argument (picocli's default is 80 columns)
        cl.setUsageHelpWidth(120);
        return cl;
    }

    /**
     * Runs {@code permlab} with the given arguments and streams, and returns the exit code (0 success, 2 bad
     * input or usage, 1 a bug).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println(command + ": " + oneLine(ex.getMessage()) + " (see '" + command + " --help')");
            if (debug) {
                ex.printStackTrace(err);
            }
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            InvalidInputException bad = badInput(ex);
            if (bad != null) {
                err.println("permlab: " + oneLine(bad.getMessage()));
                if (debug) {
                    ex.printStackTrace(err);
                }
                return 2;
            }
            err.println("permlab: internal error (a bug; please report it): " + oneLine(String.valueOf(ex))
                    + (debug ? "" : " (run again with --debug for the stack trace)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static InvalidInputException badInput(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InvalidInputException e) {
                return e;
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
