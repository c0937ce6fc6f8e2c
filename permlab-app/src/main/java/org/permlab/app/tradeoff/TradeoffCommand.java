package org.permlab.app.tradeoff;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.knowm.xchart.XYChart;
import org.permlab.app.cli.JsonOption;
import org.permlab.app.cli.VerbGroup;
import org.permlab.app.json.Json;
import org.permlab.app.plot.FigureFiles;
import org.permlab.app.plot.FigureWriter;
import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.error.InvalidInputException;
import org.permlab.io.safety.OutputFolder;
import org.permlab.io.tradeoff.LiteraturePoints;
import org.permlab.io.tradeoff.LiteraturePointsReader;
import org.permlab.io.tradeoff.SkippedRow;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.result.Conventions;
import org.permlab.gas.GasPair;
import org.permlab.tradeoff.TradeOff;
import org.permlab.tradeoff.TradeOffPoint;
import org.permlab.tradeoff.UpperBound;
import org.permlab.tradeoff.UpperBounds;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permlab tradeoff bounds|plot}. */
@Command(name = "tradeoff", mixinStandardHelpOptions = true,
        description = "Permeability-selectivity upper bounds and trade-off plots against the literature.",
        subcommands = {TradeoffCommand.Bounds.class, TradeoffCommand.Plot.class},
        footer = {"", "Examples:", "  permlab tradeoff bounds", "  permlab tradeoff bounds --pair He/N2 --json",
            "  permlab tradeoff plot --pair He/N2 -o fig.svg",
            "  permlab tradeoff plot --pair He/CH4 --data mine.csv --space both -o he-ch4.svg",
            "", "Formats and conventions: docs/tradeoff.md"})
public final class TradeoffCommand extends VerbGroup {

    /**
     * {@code permlab tradeoff bounds --json}.
     *
     * @param bounds      the bounds listed
     * @param conventions the trade-off conventions
     */
    public record BoundsResult(List<UpperBound> bounds, Conventions conventions) {
        public BoundsResult {
            bounds = List.copyOf(bounds);
        }
    }

    /**
     * {@code permlab tradeoff plot --json}.
     *
     * @param result      the pair's plots
     * @param skippedRows the CSV rows skipped, one located line each
     * @param conventions the trade-off conventions
     */
    public record PlotResult(PairResult result, List<String> skippedRows, Conventions conventions) {
        public PlotResult {
            skippedRows = List.copyOf(skippedRows);
        }
    }

    static GasPair pair(String text) {
        try {
            return GasPair.parse(text);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("--pair", e.problem());
        }
    }

    @Command(name = "bounds", mixinStandardHelpOptions = true,
            description = "List the bundled upper bounds P_fast = k alpha^n (k in Barrer), each with its source.",
            footer = {"", "Only lines whose numbers permlab could check are bundled;",
                "docs/tradeoff.md lists the others. The bounds describe dense polymer films.", "",
                "Examples:", "  permlab tradeoff bounds", "  permlab tradeoff bounds --pair He/N2",
                "  permlab tradeoff bounds --pair CO2/CH4 --json"})
    static final class Bounds implements Runnable {
        @Spec
        CommandSpec spec;

        @Option(names = "--pair", paramLabel = "FAST/SLOW", description = "Only this gas pair, e.g. He/N2.")
        String pairText;

        @Mixin
        JsonOption json;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            UpperBounds all = UpperBounds.standard();
            List<UpperBound> bounds = all.all();
            if (pairText != null) {
                GasPair pair = pair(pairText);
                bounds = all.forPair(pair);
                if (bounds.isEmpty()) {
                    throw InvalidInputException.of("--pair", "permlab has no checked upper bound for " + pair
                            + "; it has bounds for " + all.pairList() + " (docs/tradeoff.md says which lines are "
                            + "left out and why)");
                }
            }
            if (json.enabled()) {
                Json.print(new BoundsResult(bounds, TradeOff.conventions()), out);
                return;
            }
            TextTable t = new TextTable("pair", "year", "bound", "k (Barrer)", "n", "as published", "source");
            for (UpperBound b : bounds) {
                t.row(b.pair(), b.year(), b.name(), b.kBarrer() >= 1000 ? Format.fixed(b.kBarrer(), 0) : Format.sig(b.kBarrer(), 6), Format.sig(b.n(), 5),
                        b.form().asPublished(), b.source().key());
            }
            t.print(out);
            out.println();
            out.println("P_fast = k alpha^n, P in Barrer (1 Barrer = "
                    + Format.sig(Units.BARRER.toSi(1, ReferenceState.NORMAL), 5)
                    + " mol m-1 s-1 Pa-1); the bounds describe dense polymer films.");
            out.println("Sources ('--json' adds how each line was checked):");
            bounds.stream().map(UpperBound::source).distinct()
                    .forEach(s -> out.println("  " + s.key() + ": " + s.text()));
        }
    }

    /** Which plots to draw. */
    enum Space {
        PERMEABILITY, PERMEANCE, BOTH
    }

    @Command(name = "plot", mixinStandardHelpOptions = true,
            description = "Place membranes on a pair's trade-off plots, measure their distance to the upper bounds "
                    + "and draw the plots.",
            footer = {"", "Points: the bundled literature set (the seed paper's results and the",
                "membranes it compares with) and every --data CSV (format: docs/tradeoff.md).",
                "A point with a thickness is converted between permeance and permeability",
                "(1 GPU x 1 um = 1 Barrer); one without appears in the permeance plot only.",
                "Bad CSV rows are reported with file, line and column and skipped; the rest",
                "is used, and the exit code is then 2.", "",
                "-o NAME.svg writes NAME.svg and NAME.png (the permeability plot); with",
                "--space both the permeance plot goes to NAME-permeance.svg and .png.", "",
                "Examples:", "  permlab tradeoff plot --pair He/N2 -o fig.svg",
                "  permlab tradeoff plot --pair He/N2 --data mine.csv --space both -o he-n2.svg",
                "  permlab tradeoff plot --pair He/CH4 --space permeance \\",
                "      --bound-thickness 1um -o fig7.svg",
                "  permlab tradeoff plot --pair He/N2 --data mine.csv --no-bundled --json"})
    static final class Plot implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--pair", required = true, paramLabel = "FAST/SLOW", description = "The gas pair, e.g. He/N2.")
        String pairText;

        @Option(names = "--data", paramLabel = "FILE", description = "A literature-points CSV of your own; repeat "
                + "for several files.")
        List<Path> data = new ArrayList<>();

        @Option(names = "--no-bundled", description = "Leave out the bundled literature set.")
        boolean noBundled;

        @Option(names = "--highlight", paramLabel = "GROUP", defaultValue = "seed",
                description = "Highlight the points of this group (the CSV's group column; default: ${DEFAULT-VALUE},"
                        + " the seed paper's own results).")
        String highlight;

        @Option(names = "--space", paramLabel = "SPACE", defaultValue = "permeability",
                description = "permeability (the Robeson plot, default), permeance (the seed's Fig. 7) or both.")
        Space space;

        @Option(names = "--bound-thickness", paramLabel = "LENGTH",
                description = "Draw the bounds in the permeance plot for a layer this thick, e.g. 1um.")
        String boundThickness;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE.svg",
                description = "Write the plot as FILE.svg and FILE.png.")
        Path out;

        @Option(names = "--force", description = "Replace existing figure files of that name.")
        boolean force;

        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter stderr = spec.commandLine().getErr();
            GasPair pair = pair(pairText);
            Optional<Double> thicknessM = Optional.ofNullable(boundThickness).map(t -> {
                try {
                    double m = Quantities.parse(t, Dimension.LENGTH, ReferenceState.NORMAL);
                    if (!(m > 0)) {
                        throw InvalidInputException.of("--bound-thickness", "must be positive, got " + t);
                    }
                    return m;
                } catch (InvalidInputException e) {
                    throw e.field().isPresent() ? e : InvalidInputException.of("--bound-thickness", e.problem());
                }
            });
            String base = null;
            Path dir = null;
            if (out != null) {
                String name = out.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
                    throw InvalidInputException.of("-o", "expected a file name ending in .svg (a .png is written "
                            + "next to it), got '" + out + "'");
                }
                base = name.substring(0, name.length() - 4);
                dir = out.toAbsolutePath().getParent();
                List<String> names = new ArrayList<>();
                if (space != Space.PERMEANCE) {
                    names.add(base);
                }
                if (space != Space.PERMEABILITY) {
                    names.add(space == Space.BOTH ? base + "-permeance" : base);
                }
                for (String n : names) {
                    for (String ext : List.of(".svg", ".png")) {
                        Path f = dir.resolve(n + ext);
                        if (!force && java.nio.file.Files.exists(f)) {
                            throw InvalidInputException.of(f.toString(), "exists; not replaced (use --force to "
                                    + "replace it)");
                        }
                        if (data.stream().anyMatch(d -> sameFile(d, f))) {
                            throw InvalidInputException.of("-o", "would write over the input " + f);
                        }
                    }
                }
            }
            List<TradeOffPoint> points = new ArrayList<>();
            List<SkippedRow> skipped = new ArrayList<>();
            if (!noBundled) {
                LiteraturePoints b = LiteraturePointsReader.readBundled();
                points.addAll(b.points());
                skipped.addAll(b.skipped());
            }
            for (Path file : data) {
                LiteraturePoints read = LiteraturePointsReader.read(file, file.toString());
                points.addAll(read.points());
                skipped.addAll(read.skipped());
            }
            UpperBounds bounds = UpperBounds.standard();
            PairPlacement placement = PairPlacement.of(pair, points, bounds);
            if (placement.placed().isEmpty() && placement.bounds().isEmpty()) {
                throw InvalidInputException.of("--pair", "nothing to plot for " + pair + ": no point in the data and "
                        + "no bundled upper bound (bounds exist for " + bounds.pairList() + ")");
            }
            String group = highlight;
            TradeoffCharts.Highlight hl = new TradeoffCharts.Highlight(
                    p -> p.isStudy() || (!group.isBlank() && group.equals(p.group())), group);
            List<String> figures = new ArrayList<>();
            if (dir != null) {
                // the files were checked above (not replaced without --force, never an input)
                OutputFolder folder = OutputFolder.open(dir, true, data);
                if (space != Space.PERMEANCE) {
                    XYChart c = TradeoffCharts.permeability(pair, placement.placed(), placement.bounds(), hl);
                    figures.addAll(write(c, folder, base));
                }
                if (space != Space.PERMEABILITY) {
                    XYChart c = TradeoffCharts.permeance(pair, placement.placed(), placement.bounds(), thicknessM, hl);
                    figures.addAll(write(c, folder, space == Space.BOTH ? base + "-permeance" : base));
                }
            }
            for (SkippedRow s : skipped) {
                stderr.println("permlab: " + s.message() + " (row skipped)");
            }
            if (json.enabled()) {
                Json.print(new PlotResult(placement.result(figures),
                        skipped.stream().map(SkippedRow::message).toList(), TradeOff.conventions()), stdout);
            } else {
                print(stdout, placement, figures, skipped.size());
            }
            stderr.flush();
            return skipped.isEmpty() ? 0 : 2;
        }

        private static boolean sameFile(Path a, Path b) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }

        private static List<String> write(XYChart chart, OutputFolder dir, String base) {
            FigureFiles f = FigureWriter.write(chart, dir, base);
            return List.of(f.svg().toString(), f.png().toString());
        }

        private static void print(PrintWriter o, PairPlacement placement, List<String> figures, int skipped) {
            int n = placement.placed().size();
            int b = placement.bounds().size();
            o.println(placement.pair() + ": " + n + (n == 1 ? " point, " : " points, ") + b
                    + (b == 1 ? " upper bound" : " upper bounds"));
            TextTable t = new TextTable(placement.header().toArray(String[]::new));
            placement.rows().forEach(r -> t.row(r.toArray()));
            t.print(o);
            o.println("* converted through the layer thickness (1 GPU x 1 um = 1 Barrer)");
            o.println("d = P / (k alpha^n): 1 on the bound, above 1 above it; gap = alpha - alpha_UB(P) at equal "
                    + "permeability. Bounds: dense polymer films.");
            placement.notPlotted().forEach(note -> o.println("note: " + note));
            if (figures.isEmpty()) {
                o.println("no figure written (use -o fig.svg)");
            } else {
                figures.forEach(f -> o.println("wrote " + f));
            }
            if (skipped > 0) {
                o.println(skipped + " CSV row(s) skipped, listed on standard error");
            }
        }
    }
}
