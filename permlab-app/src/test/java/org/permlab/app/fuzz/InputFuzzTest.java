package org.permlab.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permlab.app.cli.CliRun;

/**
 * The input contract under mutation: every kind of input permlab reads (the example study's files and every verb's
 * options) is mutated by a seeded generator (lines deleted, duplicated, swapped or truncated; characters replaced;
 * numbers negated, zeroed, scaled or replaced by 1e400, NaN and friends; YAML values replaced by syntax; a BOM,
 * CRLF line ends, blank or space-only trailing lines, the {@code ;} + decimal-comma dialect) and the matching verb
 * is run in-process. Each run must end in one of two ways:
 * <ul>
 * <li>exit 0, with finite numbers only (no NaN or Infinity printed), and for a mutation that does not change what
 * the file says (BOM, CRLF, trailing blank lines), exactly the output of the unmutated input;</li>
 * <li>exit 2, every standard-error line starting with {@code permlab} and naming a file (with its line) or an
 * option.</li>
 * </ul>
 * Anything else is a defect: exit 1 or a thrown error (a bug), a stack trace, an unlocated message, a changed
 * result from a neutral mutation, or a run that does not end within {@link #HANG_SECONDS} (a guard against hangs,
 * not a speed check). The number of variants per kind is {@code -Dpermlab.fuzz.variants=N} (default 48, about a
 * minute in all; a few hundred for a long campaign); the seed is fixed, so a failure reproduces. The table of
 * outcomes per kind is printed and written to {@code target/fuzz-table.md}.
 */
class InputFuzzTest {

    /** A run that has not ended after this long is reported as a hang. */
    static final long HANG_SECONDS = 120;

    private static final Path EXAMPLE = Path.of("..", "examples", "zif62-helium");
    private static final Path DATA = EXAMPLE.resolve("data");
    private static final int VARIANTS = Integer.getInteger("permlab.fuzz.variants", 48);
    private static final long SEED = Long.getLong("permlab.fuzz.seed", 20261204L);

    private static ExecutorService runner;

    @TempDir
    static Path tmp;

    enum Outcome { ACCEPTED, REFUSED, BUG, TRACE, UNLOCATED, NOT_FINITE, CHANGED_BY_NEUTRAL, VALID_REFUSED, HANG }

    /**
     * One kind of input: the file a mutation is written to, the command that reads it, and the text of the
     * unmutated input.
     *
     * @param name    the kind, as the table shows it
     * @param file    the file the mutated text is written to (empty for the options kind)
     * @param base    the unmutated text (for options: the arguments, one per line)
     * @param command the command line for the (mutated) input
     * @param csv     whether the {@code ;} + decimal-comma dialect applies
     */
    record Kind(String name, Path file, String base, Function<String, String[]> command, boolean csv) {
    }

    /** A mutation: its description and the mutated text; neutral ones must not change the result. */
    record Variant(String description, String text, boolean neutral) {
    }

    record Finding(String kind, String variant, Outcome outcome, String detail) {
    }

    @BeforeAll
    static void startRunner() {
        runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-runner");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopRunner() {
        runner.shutdownNow();
    }

    @Test
    void everyInputKindKeepsTheContractUnderMutation() throws Exception {
        List<Kind> kinds = kinds();
        Map<String, Map<Outcome, Integer>> table = new LinkedHashMap<>();
        List<Finding> defects = new ArrayList<>();
        SplittableRandom master = new SplittableRandom(SEED);
        for (Kind k : kinds) {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            table.put(k.name(), counts);
            RunResult base = run(k, k.base());
            assertThat(base.code()).as(k.name() + " unmutated: " + base.err()).isZero();
            SplittableRandom rnd = master.split();
            List<Variant> variants = new ArrayList<>(neutral(k));
            while (variants.size() < VARIANTS + neutral(k).size()) {
                variants.add(mutate(k, rnd));
            }
            for (Variant v : variants) {
                RunResult r = run(k, v.text());
                Outcome o = judge(k, v, base, r);
                counts.merge(o, 1, Integer::sum);
                if (o != Outcome.ACCEPTED && o != Outcome.REFUSED) {
                    defects.add(new Finding(k.name(), v.description(), o, r.summary()));
                }
                if (o == Outcome.HANG) {
                    break; // the runner thread is stuck; nothing more can run
                }
            }
            if (counts.containsKey(Outcome.HANG)) {
                break;
            }
        }
        String md = table(table);
        System.out.println(md);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fuzz-table.md"), md + "\n" + String.join("\n",
                defects.stream().map(Finding::toString).toList()) + "\n");
        assertThat(defects).as("contract defects (table in target/fuzz-table.md)").isEmpty();
    }

    // ---- the kinds ----------------------------------------------------------------------------------------------

    static List<Kind> kinds() throws IOException {
        List<Kind> kinds = new ArrayList<>();
        // study.yaml of a small study (a spectrum, a rig log and its run, a process case): permlab report
        Path study = tmp.resolve("study");
        copy("pals/crystal-powder.dat", study.resolve("data/pals/crystal-powder.dat"));
        copy("permeation/glass-single.run.yaml", study.resolve("data/permeation/glass-single.run.yaml"));
        copy("permeation/glass-single-G-M1.csv", study.resolve("data/permeation/glass-single-G-M1.csv"));
        copy("process/seed-stage.yaml", study.resolve("data/process/seed-stage.yaml"));
        kinds.add(new Kind("study.yaml", study.resolve("study.yaml"), SMALL_STUDY,
                t -> new String[] {"report", study.toString()}, false));

        // rig log and run description: permeation reduce
        Path perm = Files.createDirectories(tmp.resolve("perm"));
        String run = Files.readString(DATA.resolve("permeation/glass-single.run.yaml"))
                + "membrane: {id: G-M1, area: 2.0 cm2, thickness: 10.7 um}\n";
        Path log = perm.resolve("log.csv");
        Path runFile = perm.resolve("run.yaml");
        Files.writeString(runFile, run);
        kinds.add(new Kind("rig log (CSV)", log, Files.readString(DATA.resolve("permeation/glass-single-G-M1.csv")),
                t -> new String[] {"permeation", "reduce", log.toString(), "--run", runFile.toString()}, true));
        Path perm2 = Files.createDirectories(tmp.resolve("perm2"));
        Path log2 = perm2.resolve("log.csv");
        Files.copy(DATA.resolve("permeation/glass-single-G-M1.csv"), log2);
        Path runFile2 = perm2.resolve("run.yaml");
        kinds.add(new Kind("run description (YAML)", runFile2, run,
                t -> new String[] {"permeation", "reduce", log2.toString(), "--run", runFile2.toString()}, false));

        // rig schedule: rig simulate
        Path rig = Files.createDirectories(tmp.resolve("rig"));
        Path schedule = rig.resolve("schedule.yaml");
        kinds.add(new Kind("rig schedule (YAML)", schedule,
                Files.readString(DATA.resolve("permeation/glass-single.schedule.yaml")),
                t -> new String[] {"rig", "simulate", schedule.toString(), "-o", rig.resolve("out.csv").toString(),
                    "--force"}, false));

        // PALS spectra: plain, CSV, Fortran layout, control file
        Path pals = Files.createDirectories(tmp.resolve("pals"));
        String plain = Files.readString(DATA.resolve("pals/crystal-powder.dat"));
        Path plainFile = pals.resolve("plain.dat");
        kinds.add(new Kind("PALS spectrum (plain)", plainFile, plain, t -> new String[] {"pals", "fit",
            plainFile.toString(), "--channel-width", "13ps", "--resolution", "241ps", "--starts", "2"}, false));
        Path csvFile = pals.resolve("spectrum.csv");
        kinds.add(new Kind("PALS spectrum (CSV)", csvFile, toCsv(plain), t -> new String[] {"pals", "fit",
            csvFile.toString(), "--channel-width", "13ps", "--resolution", "241ps", "--starts", "2"}, true));
        Path fortranFile = pals.resolve("patfit.dat");
        kinds.add(new Kind("PALS spectrum (Fortran format)", fortranFile,
                Files.readString(DATA.resolve("pals/glass-powder.dat")), t -> new String[] {"pals", "fit",
                    fortranFile.toString(), "--format", "(/,(i6,9i7))", "--channels", "2048", "--channel-width",
                    "13ps", "--resolution", "241ps", "--starts", "2"}, false));
        Path pfcDir = Files.createDirectories(tmp.resolve("pfc"));
        Files.copy(DATA.resolve("pals/glass-membrane.dat"), pfcDir.resolve("glass-membrane.dat"));
        Path pfc = pfcDir.resolve("job.pfc");
        kinds.add(new Kind("PALS control file (.pfc)", pfc, Files.readString(DATA.resolve("pals/glass-membrane.pfc")),
                t -> new String[] {"pals", "fit", "--control", pfc.toString()}, false));

        // literature points: tradeoff plot --data
        Path lit = Files.createDirectories(tmp.resolve("tradeoff")).resolve("points.csv");
        String bundled = new String(InputFuzzTest.class.getResourceAsStream(
                "/org/permlab/io/tradeoff/literature-points.csv").readAllBytes(), StandardCharsets.UTF_8);
        kinds.add(new Kind("literature points (CSV)", lit, String.join("\n", bundled.lines().limit(14).toList())
                + "\n", t -> new String[] {"tradeoff", "plot", "--pair", "He/N2", "--data", lit.toString(),
                    "--no-bundled"}, true));

        // process case and flowsheet
        Path proc = Files.createDirectories(tmp.resolve("process"));
        Path stage = proc.resolve("stage.yaml");
        kinds.add(new Kind("process case (YAML)", stage, Files.readString(DATA.resolve("process/seed-stage.yaml")),
                t -> new String[] {"process", "stage", stage.toString()}, false));
        Path cascade = proc.resolve("cascade.yaml");
        kinds.add(new Kind("flowsheet (YAML)", cascade, Files.readString(DATA.resolve("process/seed-cascade.yaml")),
                t -> new String[] {"process", "cascade", cascade.toString()}, false));

        // the verbs' options: each line of the base is one command line, tokens separated by a tab
        kinds.add(new Kind("verb options", null, String.join("\n", OPTION_LINES), InputFuzzTest::optionsCommand,
                false));
        return kinds;
    }

    private static final String SMALL_STUDY = """
            study: fuzz
            title: a small study for the input contract
            gases: [He, N2, CH4, CO2, Ar]
            samples:
              - {id: P-powder, kind: powder, material: ZIF-62 polycrystalline powder}
              - id: G-M1
                kind: membrane
                material: ZIF-62 glass membrane
                class: mof-glass
                area: 2.0 ± 0.1 cm2
                thickness: 10.7 ± 1.0 um
            data:
              - {id: spectrum, kind: pals-spectrum, path: data/pals/crystal-powder.dat, sample: P-powder}
              - {id: single-run, kind: permeation-run, path: data/permeation/glass-single.run.yaml}
              - {id: single-G-M1, kind: rig-log, path: data/permeation/glass-single-G-M1.csv, sample: G-M1, options: {run: single-run}}
              - {id: stage, kind: process-case, path: data/process/seed-stage.yaml, sample: G-M1}
            analyses:
              pals:
                channel_width: 13 ps
                resolution: 241 ps
                lifetimes: [0.2 ns, 0.45 ns, 2.0 ns]
                fit_range: [200, 2048]
                starts: 2
              permeation:
                basis: feed
              process:
                cases: [stage]
                curve_points: 4
                optimise: false
            """;

    /** Command lines of the verbs that take numbers and units as options (tab-separated tokens). */
    private static final List<String> OPTION_LINES = List.of(
            "units\tconvert\t1\tGPU\t--to\tmol/(m2 s Pa)",
            "units\tconvert\t25\tmL/min\t--to\tmol/s\t--flow-ref\t20C",
            "units\tconvert\t423\tK\t--to\tC",
            "permeation\tcalc\t--sweep-flow\t25mL/min\t--feed\tHe=0.5,N2=0.5\t--feed-pressure\t1atm"
                    + "\t--permeate-pressure\t1atm\t--permeate-y\tHe=0.01,N2=0.0005\t--area\t2cm2\t--feed-flow\t50mL/min",
            "pals\tfree-volume\t--tau3\t2.5",
            "pals\tfree-volume\t--tau3\t2.5\t--model\trte\t--temperature\t295K",
            "pals\tsimulate\t--lifetimes\t0.2,0.45,2.0\t--intensities\t30,50,20\t--counts\t1e5\t--channels\t512",
            "gas\tknudsen\tHe\tN2",
            "tradeoff\tbounds\t--pair\tHe/N2");

    /** The options kind: a mutated text is the list of command lines; the variant's line is the one that differs. */
    private static String[] optionsCommand(String text) {
        List<String> lines = text.lines().toList();
        String chosen = lines.isEmpty() ? "" : lines.get(0);
        for (int i = 0; i < lines.size(); i++) {
            if (i >= OPTION_LINES.size() || !lines.get(i).equals(OPTION_LINES.get(i))) {
                chosen = lines.get(i);
                break;
            }
        }
        return chosen.isEmpty() ? new String[0] : chosen.split("\t", -1);
    }

    private static void copy(String data, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(DATA.resolve(data), to);
    }

    private static String toCsv(String plain) {
        List<String> lines = plain.lines().toList();
        StringBuilder b = new StringBuilder("channel,counts\n");
        int ch = 1;
        for (String l : lines.subList(1, lines.size())) {
            for (String c : l.trim().split("\\s+")) {
                if (!c.isEmpty()) {
                    b.append(ch++).append(',').append(c).append('\n');
                }
            }
        }
        return b.toString();
    }

    // ---- mutations ----------------------------------------------------------------------------------------------

    /** The mutations that do not change what a file says: each kind gets each once. */
    static List<Variant> neutral(Kind k) {
        if (k.file() == null) {
            return List.of();
        }
        String b = k.base();
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("UTF-8 BOM", "\uFEFF" + b, true));
        v.add(new Variant("CRLF line ends", b.replace("\r\n", "\n").replace("\n", "\r\n"), true));
        v.add(new Variant("blank trailing lines", b + "\n\n\n", true));
        v.add(new Variant("a trailing line of spaces", b + "   \n", true));
        String name = k.file().getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".csv")) {
            v.add(new Variant("a comment line first", "# a comment of the user's\n" + b, true));
            v.add(new Variant("a comment line last", b + "# the end\n", true));
        }
        if (k.csv()) {
            v.add(new Variant("; separator and decimal commas", semicolonDialect(b), false));
        }
        return v;
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String[] NUMBER_SWAPS = {"NaN", "1e400", "-1e400", "1e300", "0", "-0", "1e-300", "",
        "Infinity", "9999999999", "1,5", "0x10", "1e", "--1"};
    private static final String[] YAML_SWAPS = {"[", "{", "]", "&a x", "*nothing", "!!java.lang.Object {}", "~", "''",
        "yes", "[1, 2]", "{a: 1}", "\"", "|", "-1 K", "1 furlong", "1e400 bar", "NaN GPU"};
    private static final char[] CHARS = {'0', '9', 'x', ',', ';', '"', '\'', ':', '[', ']', '{', '}', '-', '#', '\t',
        ' ', '\u00e9', '\u0000', '\u00a0', '\u2212', '\\', '=', '|'};

    static Variant mutate(Kind k, SplittableRandom rnd) {
        String b = k.base();
        List<String> lines = new ArrayList<>(b.lines().toList());
        int op = rnd.nextInt(k.file() == null ? 4 : 9);
        if (k.file() == null) {
            return mutateOptions(lines, op, rnd);
        }
        int n = lines.size();
        switch (op) {
            case 0 -> {
                int i = rnd.nextInt(n);
                lines.remove(i);
                return new Variant("delete line " + (i + 1), join(lines), false);
            }
            case 1 -> {
                int i = rnd.nextInt(n);
                lines.add(i, lines.get(i));
                return new Variant("duplicate line " + (i + 1), join(lines), false);
            }
            case 2 -> {
                int i = rnd.nextInt(n);
                int j = rnd.nextInt(n);
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
                return new Variant("swap lines " + (i + 1) + " and " + (j + 1), join(lines), false);
            }
            case 3 -> {
                int at = rnd.nextInt(b.length());
                return new Variant("truncate at char " + at, b.substring(0, at), false);
            }
            case 4 -> {
                int at = rnd.nextInt(b.length());
                char c = CHARS[rnd.nextInt(CHARS.length)];
                return new Variant("char " + at + " -> U+" + String.format(Locale.ROOT, "%04X", (int) c),
                        b.substring(0, at) + c + b.substring(at + 1), false);
            }
            case 5, 6, 7 -> {
                List<int[]> spans = new ArrayList<>();
                Matcher m = NUMBER.matcher(b);
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                int[] s = spans.get(rnd.nextInt(spans.size()));
                String old = b.substring(s[0], s[1]);
                String swap = numberSwap(old, rnd);
                return new Variant("number '" + old + "' at char " + s[0] + " -> '" + swap + "'",
                        b.substring(0, s[0]) + swap + b.substring(s[1]), false);
            }
            default -> {
                if (!k.file().toString().endsWith(".yaml")) {
                    int i = rnd.nextInt(n);
                    lines.add(i, "\u00ef\u00bb\u00bf" + lines.get(i)); // mojibake of a BOM in mid-file
                    return new Variant("mis-decoded BOM before line " + (i + 1), join(lines), false);
                }
                int i = rnd.nextInt(n);
                String l = lines.get(i);
                int colon = l.indexOf(": ");
                String swap = YAML_SWAPS[rnd.nextInt(YAML_SWAPS.length)];
                if (colon < 0) {
                    lines.set(i, l + " " + swap);
                } else {
                    lines.set(i, l.substring(0, colon + 2) + swap);
                }
                return new Variant("YAML value of line " + (i + 1) + " -> '" + swap + "'", join(lines), false);
            }
        }
    }

    private static String numberSwap(String old, SplittableRandom rnd) {
        int pick = rnd.nextInt(NUMBER_SWAPS.length + 3);
        if (pick == NUMBER_SWAPS.length) {
            return old.startsWith("-") ? old.substring(1) : "-" + old;
        }
        if (pick == NUMBER_SWAPS.length + 1) {
            return old + "000";
        }
        if (pick == NUMBER_SWAPS.length + 2) {
            return "0.00" + old.replace("-", "");
        }
        return NUMBER_SWAPS[pick];
    }

    private static Variant mutateOptions(List<String> lines, int op, SplittableRandom rnd) {
        int li = rnd.nextInt(lines.size());
        List<String> tokens = new ArrayList<>(List.of(lines.get(li).split("\t", -1)));
        int ti = 1 + rnd.nextInt(tokens.size() - 1);
        String what;
        switch (op) {
            case 0 -> {
                what = "drop '" + tokens.remove(ti) + "'";
            }
            case 1 -> {
                tokens.add(ti, tokens.get(ti));
                what = "repeat '" + tokens.get(ti) + "'";
            }
            case 2 -> {
                String bogus = new String[] {"--bogus", "-o", "--json", "--", "-", "--help=3", "K", "1e400",
                    "--temperature", "-5K"}[rnd.nextInt(10)];
                tokens.add(ti, bogus);
                what = "insert '" + bogus + "'";
            }
            default -> {
                String t = tokens.get(ti);
                Matcher m = NUMBER.matcher(t);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (spans.isEmpty()) {
                    String swap = t + "x";
                    tokens.set(ti, swap);
                    what = "'" + t + "' -> '" + swap + "'";
                } else {
                    int[] s = spans.get(rnd.nextInt(spans.size()));
                    String swap = t.substring(0, s[0]) + numberSwap(t.substring(s[0], s[1]), rnd) + t.substring(s[1]);
                    tokens.set(ti, swap);
                    what = "'" + t + "' -> '" + swap + "'";
                }
            }
        }
        List<String> out = new ArrayList<>(lines);
        String changed = String.join("\t", tokens);
        if (changed.equals(lines.get(li))) {
            changed = changed + "\t--bogus";
        }
        out.set(li, changed);
        // the changed line first, so optionsCommand finds it even when it equals another base line
        out.remove(li);
        out.add(0, changed);
        return new Variant("options '" + lines.get(li).replace('\t', ' ') + "': " + what, join(out), false);
    }

    private static String semicolonDialect(String csv) {
        StringBuilder b = new StringBuilder();
        for (String line : csv.split("\n", -1)) {
            if (line.startsWith("#")) {
                b.append(line);
            } else {
                // decimal points become commas inside numbers, then the separators become semicolons
                b.append(line.replaceAll("(\\d)\\.(\\d)", "$1\u0001$2").replace(',', ';').replace('\u0001', ','));
            }
            b.append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    // ---- running and judging ------------------------------------------------------------------------------------

    record RunResult(int code, String out, String err, Throwable thrown, boolean hung) {
        String summary() {
            if (hung) {
                return "no end after " + HANG_SECONDS + " s";
            }
            if (thrown != null) {
                return thrown.toString();
            }
            String e = err.strip();
            return "exit " + code + (e.isEmpty() ? "" : ": " + (e.length() > 300 ? e.substring(0, 300) + "..." : e));
        }
    }

    static RunResult run(Kind k, String text) throws IOException, InterruptedException {
        if (k.file() != null) {
            Files.createDirectories(k.file().getParent());
            Files.writeString(k.file(), text);
        }
        String[] args = k.command().apply(text);
        Future<CliRun> f = runner.submit(() -> CliRun.of(args));
        try {
            CliRun r = f.get(HANG_SECONDS, TimeUnit.SECONDS);
            return new RunResult(r.exitCode(), r.out(), r.err(), null, false);
        } catch (TimeoutException e) {
            f.cancel(true);
            return new RunResult(-1, "", "", null, true);
        } catch (java.util.concurrent.ExecutionException e) {
            return new RunResult(-1, "", "", e.getCause(), false);
        }
    }

    private static final Pattern LOCATED = Pattern.compile(
            "[\\w.-]+\\.(yaml|yml|csv|dat|pfc|txt|svg|png)\\b|(^|\\s|')--?[a-z]|\\b(VALUE|UNIT|FAST|SLOW|STUDY|FILE|GAS|"
                    + "SPECIES)\\b|Unknown option|Missing required|Unmatched argument|Expected parameter|Invalid value");
    private static final Pattern NOT_FINITE = Pattern.compile("\\bNaN\\b|\\bInfinity\\b|\\binf\\b");

    static Outcome judge(Kind k, Variant v, RunResult base, RunResult r) {
        if (r.hung()) {
            return Outcome.HANG;
        }
        if (r.thrown() != null || r.code() == 1 || r.err().contains("internal error")) {
            return Outcome.BUG;
        }
        if (r.err().contains("\tat ") || r.err().contains("Exception:") || r.err().contains("Error:")) {
            return Outcome.TRACE;
        }
        if (r.code() == 0) {
            if (NOT_FINITE.matcher(r.out()).find()) {
                return Outcome.NOT_FINITE;
            }
            if (v.neutral() && !r.out().equals(base.out())) {
                return Outcome.CHANGED_BY_NEUTRAL;
            }
            return Outcome.ACCEPTED;
        }
        if (r.code() == 2) {
            if (v.neutral()) {
                return Outcome.VALID_REFUSED;
            }
            List<String> lines = r.err().strip().lines().toList();
            boolean located = !lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith("permlab")
                    && LOCATED.matcher(l).find());
            return located ? Outcome.REFUSED : Outcome.UNLOCATED;
        }
        return Outcome.BUG;
    }

    private static String table(Map<String, Map<Outcome, Integer>> table) {
        StringBuilder b = new StringBuilder("| input kind | variants |");
        for (Outcome o : Outcome.values()) {
            b.append(' ').append(o.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" |");
        }
        b.append("\n|---|---|").append("---|".repeat(Outcome.values().length)).append('\n');
        int[] totals = new int[Outcome.values().length + 1];
        for (var e : table.entrySet()) {
            int sum = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            totals[0] += sum;
            b.append("| ").append(e.getKey()).append(" | ").append(sum).append(" |");
            for (Outcome o : Outcome.values()) {
                int c = e.getValue().getOrDefault(o, 0);
                totals[o.ordinal() + 1] += c;
                b.append(' ').append(c).append(" |");
            }
            b.append('\n');
        }
        b.append("| **all** | ").append(totals[0]).append(" |");
        for (int i = 1; i < totals.length; i++) {
            b.append(' ').append(totals[i]).append(" |");
        }
        return b.append('\n').toString();
    }
}
