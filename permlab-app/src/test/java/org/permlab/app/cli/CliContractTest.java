package org.permlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The units and gas verbs, help, version and the exit-code contract. */
class CliContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void gpuToSi() {
        CliRun r = CliRun.of("units", "convert", "1", "GPU", "--to", "mol/(m2 s Pa)");
        assertThat(r.exitCode()).isZero();
        // CONVENTIONS §1: 1 GPU = 3.3464e-10 mol m-2 s-1 Pa-1
        assertThat(r.out()).startsWith("1 GPU = 3.3464e-10 mol/(m2 s Pa)");
    }

    @Test
    void flowToMolesSaysWhichReferenceStateItAssumed() {
        CliRun r = CliRun.of("units", "convert", "25", "mL/min", "--to", "mol/s");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("25 mL/min = 1.85896e-5 mol/s").contains("0 C, 1 atm").contains("assumed");
    }

    @Test
    void flowReferenceOptionChangesTheResult() throws Exception {
        CliRun r = CliRun.of("units", "convert", "1", "mL/min", "--to", "mol/s", "--flow-ref", "20C", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode j = JSON.readTree(r.out());
        // CONVENTIONS §1: 6.9285e-7 mol/s at 20 C, 1 atm
        assertThat(j.get("result").asDouble()).isCloseTo(6.9285e-7, within(5e-12));
        assertThat(j.at("/conventions/from_reference_state/temperature_K").asDouble()).isEqualTo(293.15);
        assertThat(j.at("/conventions/reference_state_assumed").asBoolean()).isFalse();
    }

    @Test
    void uncertaintiesConvertToo() throws Exception {
        CliRun r = CliRun.of("units", "convert", "10.7+-1.0", "um", "--to", "m", "--json");
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("result").asDouble()).isCloseTo(10.7e-6, within(1e-18));
        assertThat(j.get("result_sd").asDouble()).isCloseTo(1.0e-6, within(1e-18));
    }

    @Test
    void knudsenSelectivitiesPrintAsInConventions() {
        // CONVENTIONS §2
        assertThat(CliRun.of("gas", "knudsen", "He", "N2").out()).startsWith("2.6455\n");
        assertThat(CliRun.of("gas", "knudsen", "helium", "methane").out()).startsWith("2.0020\n");
        assertThat(CliRun.of("gas", "knudsen", "CO2", "N2").out()).startsWith("0.7978\n");
        assertThat(CliRun.of("gas", "knudsen", "h2", "NITROGEN").out()).startsWith("3.7278\n");
    }

    @Test
    void gasShowJsonHasEveryValueWithItsSource() throws Exception {
        CliRun r = CliRun.of("gas", "show", "HELIUM", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode props = JSON.readTree(r.out()).get("properties");
        for (String key : new String[] {"molar_mass", "kinetic_diameter", "lj_sigma", "lj_epsilon_over_k",
            "critical_temperature", "critical_pressure"}) {
            assertThat(props.get(key).get("source").asText()).as(key).isNotBlank();
        }
        assertThat(props.at("/kinetic_diameter/value").asDouble()).isCloseTo(2.60, within(1e-12));
        assertThat(props.at("/kinetic_diameter/unit").asText()).isEqualTo("A");
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("report", "units", "gas", "Examples:");
        assertThat(CliRun.of("--version").out()).startsWith("permlab ");
    }

    /**
     * Every verb, found by walking the command tree (so a verb added later is covered too), prints its help with
     * examples that are not wrapped, exit 0, and without picocli's format warnings (a bare '%' in a help text is a format error that
     * picocli reports on System.err and then prints the text raw).
     */
    @Test
    void everyVerbHasHelpWithExamplesAndNoFormatWarnings() {
        List<List<String>> verbs = new ArrayList<>();
        collect(PermlabCommand.commandLine(), new ArrayList<>(), verbs);
        assertThat(verbs).hasSizeGreaterThan(20);
        SoftAssertions soft = new SoftAssertions();
        PrintStream systemErr = System.err;
        ByteArrayOutputStream picocliErr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(picocliErr, true, StandardCharsets.UTF_8));
        try {
            for (List<String> verb : verbs) {
                List<String> args = new ArrayList<>(verb);
                args.add("--help");
                CliRun r = CliRun.of(args.toArray(String[]::new));
                String name = String.join(" ", verb);
                assertThat(r.exitCode()).as(name).isZero();
                assertThat(r.out()).as(name).contains("Examples:");
                // examples are indented commands and their indented continuations: a line at column 0 after
                // "Examples:" is an example wrapped mid-argument, which cannot be pasted
                String examples = r.out().substring(r.out().indexOf("Examples:") + "Examples:".length())
                        .replaceFirst("^\\R", "");
                for (String line : examples.split("\\R")) {
                    if (line.isBlank()) {
                        break; // the end of the examples block
                    }
                    soft.assertThat(line).as(name).startsWith("  ");
                }
            }
        } finally {
            System.setErr(systemErr);
        }
        soft.assertAll();
        assertThat(picocliErr.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            if (!sub.getValue().getCommandName().equals(sub.getKey())) {
                continue; // an alias
            }
            List<String> p = new ArrayList<>(path);
            p.add(sub.getKey());
            into.add(p);
            collect(sub.getValue(), p, into);
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        CliRun unknownUnit = CliRun.of("units", "convert", "1", "furlongs", "--to", "m");
        assertThat(unknownUnit.isOneLineBadInput()).as(unknownUnit.err()).isTrue();
        assertThat(unknownUnit.err()).contains("unknown unit 'furlongs'");

        CliRun mismatch = CliRun.of("units", "convert", "1", "GPU", "--to", "bar");
        assertThat(mismatch.isOneLineBadInput()).isTrue();
        assertThat(mismatch.err()).contains("cannot convert permeance (GPU) to pressure (bar)");

        CliRun missingOption = CliRun.of("units", "convert", "1", "GPU");
        assertThat(missingOption.isOneLineBadInput()).as(missingOption.err()).isTrue();
        assertThat(missingOption.err()).contains("--to");

        CliRun badRef = CliRun.of("units", "convert", "1", "mL/min", "--to", "mol/s", "--flow-ref", "warm");
        assertThat(badRef.isOneLineBadInput()).as(badRef.err()).isTrue();

        CliRun unknownGas = CliRun.of("gas", "show", "kryptonite");
        assertThat(unknownGas.isOneLineBadInput()).isTrue();
        assertThat(unknownGas.err()).contains("unknown gas 'kryptonite'");

        CliRun unknownVerb = CliRun.of("fly");
        assertThat(unknownVerb.isOneLineBadInput()).as(unknownVerb.err()).isTrue();
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRun r = CliRun.of("units", "convert", "1", "furlongs", "--to", "m", "--debug");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("InvalidInputException").contains("\tat ");
    }
}
