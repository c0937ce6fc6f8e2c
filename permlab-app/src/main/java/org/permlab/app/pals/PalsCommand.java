package org.permlab.app.pals;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.permlab.app.cli.Batch;
import org.permlab.app.cli.AtomicFiles;
import org.permlab.app.cli.VerbGroup;
import org.permlab.app.json.Json;
import org.permlab.app.plot.FigureWriter;
import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.error.InvalidInputException;
import org.permlab.io.pals.ControlFileReader;
import org.permlab.io.pals.PalsJob;
import org.permlab.io.pals.SpectrumFile;
import org.permlab.io.pals.SpectrumFormat;
import org.permlab.io.pals.SpectrumReader;
import org.permlab.io.pals.SpectrumWriter;
import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.pals.Background;
import org.permlab.pals.ChannelRange;
import org.permlab.pals.CycleFit;
import org.permlab.pals.FitResiduals;
import org.permlab.pals.FitSettings;
import org.permlab.pals.FreeVolume;
import org.permlab.pals.FreeVolumeConstants;
import org.permlab.pals.IntensityConstraint;
import org.permlab.pals.LifetimeComponent;
import org.permlab.pals.LifetimeFit;
import org.permlab.pals.LifetimeFitter;
import org.permlab.pals.LifetimeSpectrum;
import org.permlab.pals.PoreModel;
import org.permlab.pals.Resolution;
import org.permlab.pals.SimulationSpec;
import org.permlab.pals.SourceCorrection;
import org.permlab.pals.SpectrumSimulator;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Measured;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.result.Conventions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code permlab pals fit|resolution-fit|simulate|free-volume}. */
@Command(name = "pals", mixinStandardHelpOptions = true,
        description = "Positron annihilation lifetime spectroscopy: fit spectra as POSITRONFIT/RESOLUTIONFIT do, "
                + "simulate them, and turn o-Ps lifetimes into cavity sizes and free volume.",
        subcommands = {PalsCommand.Fit.class, PalsCommand.ResolutionFit.class, PalsCommand.Simulate.class,
            PalsCommand.FreeVolumeCommand.class},
        footer = {"", "Examples:",
            "  permlab pals fit glass.dat --channel-width 13ps --resolution 241ps --source 402ps:9.981",
            "  permlab pals fit --control JOB.pfc --json",
            "  permlab pals fit spectra/ --channel-width 13ps --resolution 241ps    # a folder: one row each",
            "  permlab pals simulate -o sim.dat --lifetimes 0.2,0.45,2.0 --intensities 30,50,20 --seed 1",
            "  permlab pals free-volume --tau3 1.874 --i3 20", "", "Documentation: docs/pals.md"})
public final class PalsCommand extends VerbGroup {

    /** The fitting options shared by {@code fit} and {@code resolution-fit}. */
    static final class FitOptions {
        @Option(names = "--control", paramLabel = "JOB.pfc",
                description = "A POSITRONFIT (.pfc) or RESOLUTIONFIT (.rfc) control file, read unchanged; it names "
                        + "the spectrum and every setting (the other options are then ignored).")
        Path control;

        @Option(names = "--channel-width", paramLabel = "TIME", description = "Channel width, e.g. 13ps or 0.013 "
                + "(ns).")
        String channelWidth;

        @Option(names = "--format", paramLabel = "LAYOUT", defaultValue = "auto",
                description = "auto (default: csv by extension, else plain), plain, csv, or a Fortran format such "
                        + "as '(/,(i6,9i7))' (then --channels is needed).")
        String format;

        @Option(names = "--channels", paramLabel = "N", description = "Channels to read (Fortran layout); for plain "
                + "counts and CSV, the number the spectrum must have (a truncated file is refused).")
        Integer channels;

        @Option(names = "--spectrum", paramLabel = "HEADER|N",
                description = "Which spectrum of a multi-spectrum file: its header line or its number.")
        String selector;

        @Option(names = "--lifetimes", paramLabel = "LIST", defaultValue = "0.2,0.45,2.0",
                description = "Lifetime guesses in ns (or with units), comma-separated; ':F' fixes one "
                        + "(e.g. 0.125:F,0.4,2). Default ${DEFAULT-VALUE}. The result does not depend on the guesses "
                        + "(a global stage with deterministic starts).")
        String lifetimes;

        @Option(names = "--bounds", paramLabel = "J=LO:HI",
                description = "Keep lifetime J within [LO, HI] (ns or with units), e.g. 3=1:5. Repeatable.")
        List<String> bounds = new ArrayList<>();

        @Option(names = "--log-normal", paramLabel = "J[:SIGMA]",
                description = "Broaden component J with a log-normal lifetime distribution (sigma fitted, started "
                        + "at SIGMA or 0.2 tau). Repeatable.")
        List<String> logNormal = new ArrayList<>();

        @Option(names = "--resolution", paramLabel = "FWHM[:PCT[:SHIFT]]",
                description = "A Gaussian of the resolution function; repeat for up to 5, e.g. --resolution 0.23:85 "
                        + "--resolution 0.35:15:0.05 (ns unless a unit is given).")
        List<String> resolution = new ArrayList<>();

        @Option(names = "--fit-range", paramLabel = "FIRST:LAST", description = "Channels to fit (default: 5 FWHM "
                + "before the peak to the end).")
        String fitRange;

        @Option(names = "--area-range", paramLabel = "FIRST:LAST", description = "Channels of the data/fit area "
                + "comparison (default: the fit range).")
        String areaRange;

        @Option(names = "--t0", paramLabel = "CHANNEL", description = "Time-zero start, channels (default: from "
                + "the data).")
        String t0;

        @Option(names = "--fix-t0", description = "Hold T0 at --t0.")
        boolean fixT0;

        @Option(names = "--background", paramLabel = "COUNTS", description = "Fix the background, counts per channel.")
        Double background;

        @Option(names = "--background-channels", paramLabel = "FIRST:LAST",
                description = "Fix the background at the mean of these channels.")
        String backgroundChannels;

        @Option(names = "--source", paramLabel = "LIFETIME:PCT",
                description = "Source correction in two cycles, e.g. 402ps:9.981 (Kapton, %% of the net area).")
        String source;

        @Option(names = "--ratio", paramLabel = "I:J=VALUE", description = "Fix I_i/I_j, e.g. 1:3=0.3333 "
                + "(p-Ps/o-Ps). Repeatable.")
        List<String> ratios = new ArrayList<>();

        @Option(names = "--intensity", paramLabel = "J=PCT", description = "Fix I_j in %%. Repeatable.")
        List<String> intensities = new ArrayList<>();

        @Option(names = "--weighting", paramLabel = "W", defaultValue = "poisson",
                description = "poisson (maximum likelihood, default) or neyman (weights from the counts).")
        String weighting;

        @Option(names = "--starts", paramLabel = "N", defaultValue = "" + FitSettings.DEFAULT_STARTS,
                description = "Starts of the global stage (default ${DEFAULT-VALUE}).")
        int starts;

        @Option(names = "--free-volume", description = "Also give the cavity size and FFV from the longest lifetime "
                + "(Tao-Eldrup, dR = 1.656 A, C = 0.0018).")
        boolean freeVolume;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Option(names = "--residuals", description = "With --json: include counts, model and residuals per channel.")
        boolean residuals;

        @Option(names = "--correlations", description = "Also print the correlation matrix (always in --json).")
        boolean correlations;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR",
                description = "Write NAME-fit.json, NAME-fit.csv (channel, counts, model, residual) and figures "
                        + "into DIR (created; only these files are replaced).")
        Path output;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
                description = "Worker threads for several spectra (0: one per core).")
        int threads;

        FitSettings settings(LifetimeSpectrum s, boolean resolutionFit) {
            List<LifetimeComponent> comps = PalsOptions.bounded(PalsOptions.lifetimes(lifetimes, logNormal), bounds);
            Resolution res = PalsOptions.resolution(resolution, resolutionFit);
            List<IntensityConstraint> constraints = new ArrayList<>();
            ratios.forEach(r -> constraints.add(PalsOptions.ratio(r)));
            intensities.forEach(i -> constraints.add(PalsOptions.fixedIntensity(i)));
            ChannelRange fit = fitRange != null ? PalsOptions.range(fitRange, "--fit-range")
                    : FitSettings.defaultFitRange(s, res);
            Background bg = new Background.Free();
            if (background != null && backgroundChannels != null) {
                throw InvalidInputException.of("--background", "give either --background or --background-channels");
            }
            if (background != null) {
                bg = new Background.Fixed(background);
            } else if (backgroundChannels != null) {
                bg = new Background.FromChannels(PalsOptions.range(backgroundChannels, "--background-channels"));
            }
            Weighting w = switch (weighting.toLowerCase(Locale.ROOT)) {
                case "poisson" -> Weighting.POISSON;
                case "neyman" -> Weighting.NEYMAN;
                default -> throw InvalidInputException.of("--weighting", "expected poisson or neyman, got '"
                        + weighting + "'");
            };
            if (fixT0 && t0 == null) {
                throw InvalidInputException.of("--fix-t0", "needs --t0");
            }
            try {
                return new FitSettings(fit, Optional.ofNullable(areaRange).map(a -> PalsOptions.range(a,
                        "--area-range")), PalsOptions.t0(t0, fixT0), res, comps, constraints, bg,
                        new org.permlab.pals.AreaConstraint.Free(), w, Optional.ofNullable(source)
                                .map(PalsOptions::source), starts, FitSettings.DEFAULT_LOG_NORMAL_NODES);
            } catch (InvalidInputException e) {
                throw PalsOptions.asOption(e);
            }
        }

        /** The spectrum files of the arguments: files as given, folders expanded to their spectra. */
        static List<Path> expand(List<Path> inputs) {
            List<Path> out = new ArrayList<>();
            for (Path p : inputs) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        s.filter(Files::isRegularFile).filter(f -> {
                            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                            return n.endsWith(".dat") || n.endsWith(".txt") || n.endsWith(".csv")
                                    || n.endsWith(".spe") || n.endsWith(".pfc");
                        }).sorted().forEach(out::add);
                    } catch (IOException e) {
                        throw InvalidInputException.of(p.toString(), "cannot list the folder: " + e.getMessage());
                    }
                } else {
                    out.add(p);
                }
            }
            return out;
        }

        /** Reads one input and fits it. */
        Result fitOne(Path file, boolean resolutionFit) {
            String name = file.toString();
            SpectrumFile sf;
            FitSettings settings;
            String program = resolutionFit ? "RESOLUTIONFIT" : "POSITRONFIT";
            if (name.toLowerCase(Locale.ROOT).endsWith(".pfc") || name.toLowerCase(Locale.ROOT).endsWith(".rfc")) {
                PalsJob job = ControlFileReader.read(file, name);
                sf = job.spectrum();
                settings = job.settings().withStarts(starts);
                program = job.program();
            } else {
                if (channelWidth == null) {
                    throw InvalidInputException.of("--channel-width", "give the channel width of " + name
                            + ", e.g. --channel-width 13ps (or use --control JOB.pfc)");
                }
                double width = PalsOptions.positiveNs(channelWidth, "--channel-width");
                SpectrumFormat f = PalsOptions.format(format);
                if (f.kind() == SpectrumFormat.Kind.FORTRAN && channels == null) {
                    throw InvalidInputException.of("--channels", "a Fortran-format spectrum needs --channels");
                }
                sf = SpectrumReader.read(file, name, f, width, Optional.ofNullable(selector),
                        Optional.ofNullable(channels));
                settings = settings(sf.spectrum(), resolutionFit);
            }
            LifetimeFit fit;
            try {
                fit = LifetimeFitter.fit(sf.spectrum(), settings);
            } catch (InvalidInputException e) {
                throw e.source().isPresent() ? e : InvalidInputException.at(sf.source(), 0, 0,
                        e.field().orElse("fit"), e.problem());
            }
            Optional<FreeVolume> fv = Optional.empty();
            if (freeVolume) {
                CycleFit last = fit.result();
                int j = FreeVolume.orthoPositroniumComponent(last, Optional.empty());
                fv = Optional.of(FreeVolume.fromFit(last, j, PoreModel.TaoEldrup.standard(),
                        FreeVolumeConstants.ffvC().value()));
            }
            Optional<List<FitResiduals>> table = Optional.empty();
            if (residuals) {
                table = Optional.of(fit.cycles().stream().map(c -> c.residualTable(sf.firstChannelInFile())).toList());
            }
            return new Result(new FittedSpectrum(sf, fit, fv, table), program);
        }

        int execute(CommandSpec spec, List<Path> inputs, boolean resolutionFit) {
            PrintWriter out = spec.commandLine().getOut();
            List<Path> files = new ArrayList<>(inputs);
            if (control != null) {
                files.add(0, control);
            }
            if (files.isEmpty()) {
                throw InvalidInputException.of("SPECTRUM", "give a spectrum file, a folder of spectra, or --control "
                        + "JOB.pfc");
            }
            files = expand(files);
            if (files.isEmpty()) {
                throw InvalidInputException.of("SPECTRUM", "no spectrum files (.dat, .txt, .csv, .spe, .pfc) in "
                        + inputs);
            }
            boolean single = files.size() == 1 && !Files.isDirectory(inputs.isEmpty() ? control : inputs.get(0));
            if (single) {
                Result r = fitOne(files.get(0), resolutionFit);
                if (output != null) {
                    write(output, r);
                }
                if (json) {
                    Json.print(r.fitted(), out);
                } else {
                    out.println(r.program() + "-style fit (permlab)");
                    FittedSpectrum f = r.fitted();
                    PalsText.fit(f.spectrum(), f.fit(), f.freeVolume(), out, correlations);
                }
                return 0;
            }
            PrintWriter progress = Batch.interactive() ? spec.commandLine().getErr() : null;
            List<Batch.Outcome<Path, Result>> outcomes = Batch.run(files, f -> fitOne(f, resolutionFit), "spectra",
                    progress, threads);
            return batchOutput(spec, outcomes);
        }

        private int batchOutput(CommandSpec spec, List<Batch.Outcome<Path, Result>> outcomes) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Map<String, Object>> rows = new ArrayList<>();
            int maxComponents = 0;
            for (Batch.Outcome<Path, Result> o : outcomes) {
                if (o.result().isPresent()) {
                    maxComponents = Math.max(maxComponents, o.result().get().fitted().fit().result().components()
                            .size());
                }
            }
            List<String> header = new ArrayList<>(List.of("file"));
            for (int j = 1; j <= maxComponents; j++) {
                header.add("tau" + j + " (ns)");
                header.add("I" + j + " (%)");
            }
            header.addAll(List.of("mean tau (ns)", "reduced chi2", "significance (%)", "status"));
            TextTable table = new TextTable(header.toArray(new String[0]));
            StringBuilder csv = new StringBuilder();
            List<String> csvHeader = new ArrayList<>(List.of("file"));
            for (int j = 1; j <= maxComponents; j++) {
                csvHeader.addAll(List.of("tau" + j + "_ns", "tau" + j + "_sd_ns", "I" + j + "_pct", "I" + j
                        + "_sd_pct"));
            }
            csvHeader.addAll(List.of("background", "background_sd", "t0_channel", "t0_sd", "mean_lifetime_ns",
                    "mean_lifetime_sd_ns", "chi2", "dof", "reduced_chi2", "significance_pct", "converged", "warnings",
                    "error"));
            csv.append(String.join(",", csvHeader)).append('\n');
            int failed = 0;
            for (Batch.Outcome<Path, Result> o : outcomes) {
                String file = o.item().toString();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", file);
                if (o.result().isEmpty()) {
                    failed++;
                    row.put("error", o.error().orElse(""));
                    rows.add(row);
                    List<Object> cells = new ArrayList<>(List.of(file));
                    for (int j = 0; j < 2 * maxComponents + 3; j++) {
                        cells.add("-");
                    }
                    cells.add("FAILED");
                    table.row(cells.toArray());
                    List<String> c = new ArrayList<>(List.of(csvCell(file)));
                    for (int j = 1; j < csvHeader.size() - 1; j++) {
                        c.add("");
                    }
                    c.add(csvCell(o.error().orElse("")));
                    csv.append(String.join(",", c)).append('\n');
                    continue;
                }
                FittedSpectrum fitted = o.result().get().fitted();
                CycleFit v = fitted.fit().result();
                row.put("result", fitted);
                rows.add(row);
                List<Object> cells = new ArrayList<>(List.of(file));
                List<String> c = new ArrayList<>(List.of(csvCell(file)));
                for (int j = 0; j < maxComponents; j++) {
                    boolean has = j < v.components().size();
                    Measured tau = has ? v.components().get(j).lifetimeNs() : null;
                    Measured pct = has ? v.components().get(j).intensityPct() : null;
                    cells.add(has ? PalsText.measured(tau) : "-");
                    cells.add(has ? PalsText.measured(pct) : "-");
                    c.add(has ? num(tau.value()) : "");
                    c.add(has ? num(tau.sd()) : "");
                    c.add(has ? num(pct.value()) : "");
                    c.add(has ? num(pct.sd()) : "");
                }
                cells.add(PalsText.measured(v.meanLifetimeNs()));
                cells.add(Format.fixed(v.reducedChiSquare(), 3));
                cells.add(Format.fixed(v.significancePct(), 1));
                cells.add(v.converged() ? (v.warnings().isEmpty() ? "ok" : v.warnings().size() + " warning(s)")
                        : "NOT CONVERGED");
                table.row(cells.toArray());
                c.addAll(List.of(num(v.background().value()), num(v.background().sd()), num(v.t0Channel().value()),
                        num(v.t0Channel().sd()), num(v.meanLifetimeNs().value()), num(v.meanLifetimeNs().sd()),
                        num(v.chiSquare()), String.valueOf(v.dof()), num(v.reducedChiSquare()),
                        num(v.significancePct()), String.valueOf(v.converged()),
                        csvCell(String.join("; ", v.warnings())), ""));
                csv.append(String.join(",", c)).append('\n');
                if (output != null) {
                    write(output, o.result().get());
                }
            }
            if (output != null) {
                writeFile(output.resolve("pals-batch.csv"), csv.toString());
            }
            if (json) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("spectra", rows);
                all.put("failed", failed);
                Json.print(all, out);
            } else {
                table.print(out);
                out.println(outcomes.size() + " spectra, " + failed + " failed; lifetimes and intensities ± one SD; "
                        + "Poisson maximum likelihood unless a control file says otherwise");
            }
            for (Batch.Outcome<Path, Result> o : outcomes) {
                o.error().ifPresent(e -> err.println("permlab: " + e));
            }
            return failed > 0 ? 2 : 0;
        }

        private static String num(double v) {
            return Double.toString(v);
        }

        private static String csvCell(String s) {
            return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }

        private static void write(Path dir, Result r) {
            SpectrumFile file = r.fitted().spectrum();
            String base = file.source().replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\.[^.]*$", "");
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw InvalidInputException.of(dir.toString(), "cannot create the folder: " + e.getMessage());
            }
            writeFile(dir.resolve(base + "-fit.json"), Json.toJson(r.fitted()) + "\n");
            CycleFit c = r.fitted().fit().result();
            FitResiduals t = c.residualTable(file.firstChannelInFile());
            int[] ch = t.channels();
            double[] counts = t.counts();
            double[] model = t.model();
            double[] res = t.residuals();
            double[] src = t.source();
            StringBuilder csv = new StringBuilder("channel,counts,model,residual,source\n");
            for (int k = 0; k < ch.length; k++) {
                csv.append(ch[k]).append(',').append(counts[k]).append(',').append(model[k]).append(',')
                        .append(res[k]).append(',').append(src[k]).append('\n');
            }
            writeFile(dir.resolve(base + "-fit.csv"), csv.toString());
            double w = file.spectrum().channelWidthNs();
            FigureWriter.write(PalsCharts.spectrum(c, w, file.spectrum().label()), dir, base + "-fit");
            FigureWriter.write(PalsCharts.residuals(c, w, "Residuals: " + file.spectrum().label()), dir,
                    base + "-residuals");
        }
    }

    /** One fitted input and the program whose fit it follows. */
    record Result(FittedSpectrum fitted, String program) {
    }

    static void writeFile(Path target, String content) {
        AtomicFiles.writeString(target, content);
    }

    @Command(name = "fit", mixinStandardHelpOptions = true,
            description = "Fit lifetime spectra as POSITRONFIT does: 1-5 components, resolution of up to 5 shifted "
                    + "Gaussians, background, constraints, source correction; Poisson maximum likelihood.",
            footer = {"", "SPECTRUM is a spectrum file (plain counts, channel/counts CSV, or a Fortran layout with "
                + "--format), a folder of them, or a POSITRONFIT control file (.pfc). Several spectra are fitted in "
                + "parallel, one row each; a file that fails is reported and the others go on (exit 2 if any "
                + "failed).", "",
                "Examples:",
                "  permlab pals fit glass.dat --channel-width 13ps --resolution 241ps --source 402ps:9.981",
                "  permlab pals fit --control JOB.pfc --json",
                "  permlab pals fit spec.dat --channel-width 25ps --format '(/,(i6,9i7))' --channels 1024 \\",
                "      --resolution 0.23:85 --resolution 0.35:15:0.05",
                "  permlab pals fit runs/ --channel-width 13ps --resolution 241ps -o fits/"})
    static final class Fit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        FitOptions options;

        @Parameters(arity = "0..*", paramLabel = "SPECTRUM", description = "Spectrum files or folders.")
        List<Path> inputs = new ArrayList<>();

        @Override
        public Integer call() {
            return options.execute(spec, inputs, false);
        }
    }

    @Command(name = "resolution-fit", mixinStandardHelpOptions = true,
            description = "Fit the resolution function (PALSfit's RESOLUTIONFIT) from a reference spectrum: the "
                    + "FWHMs and the shifts of all but the first Gaussian are fitted, with the lifetimes, T0 and "
                    + "background.",
            footer = {"", "Examples:",
                "  permlab pals resolution-fit ref.dat --channel-width 13ps --lifetimes 0.22 \\",
                "      --resolution 0.23:85 --resolution 0.35:15:0.05",
                "  permlab pals resolution-fit --control REF.rfc --json"})
    static final class ResolutionFit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        FitOptions options;

        @Parameters(arity = "0..*", paramLabel = "SPECTRUM", description = "Reference spectrum files or folders.")
        List<Path> inputs = new ArrayList<>();

        @Override
        public Integer call() {
            return options.execute(spec, inputs, true);
        }
    }

    /**
     * What {@code pals simulate --json} prints: the truth the spectrum was drawn from.
     *
     * @param file         where the spectrum went ("-": standard output)
     * @param truth        what was simulated
     * @param poissonNoise whether counts were drawn (else the expected counts)
     * @param seed         the generator's seed
     * @param totalCounts  the spectrum's counts in all (components, source and background)
     * @param conventions  how it was simulated
     */
    public record Simulated(String file, SimulationSpec truth, boolean poissonNoise, long seed, double totalCounts,
            Conventions conventions) {
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = "Simulate a lifetime spectrum with known components, resolution, counts and background, "
                    + "with Poisson noise from a seeded generator (the same seed gives the same spectrum).",
            footer = {"", "Examples:",
                "  permlab pals simulate -o sim.dat --lifetimes 0.2,0.45,2.0 --intensities 30,50,20 --seed 1",
                "  permlab pals simulate -o glass.dat --channel-width 13ps --resolution 241ps \\",
                "      --lifetimes 0.2,0.45,2.0 --intensities 30,55,15 --counts 1.5e6 --source 402ps:9.981 --layout patfit"})
    static final class Simulate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the spectrum here "
                + "(default: standard output).")
        Path output;

        @Option(names = "--layout", paramLabel = "L", defaultValue = "plain",
                description = "plain (header and one count per line), csv, or patfit ((/,(i6,9i7))).")
        String layout;

        @Option(names = "--channels", defaultValue = "2048", paramLabel = "N",
                description = "Default ${DEFAULT-VALUE}.")
        int channels;

        @Option(names = "--channel-width", defaultValue = "13ps", paramLabel = "TIME",
                description = "Default ${DEFAULT-VALUE}.")
        String channelWidth;

        @Option(names = "--t0", defaultValue = "250.4", paramLabel = "CHANNEL", description = "Time-zero, channels "
                + "(channel k spans [k-1, k]). Default ${DEFAULT-VALUE}.")
        double t0;

        @Option(names = "--resolution", paramLabel = "FWHM[:PCT[:SHIFT]]",
                description = "Gaussians of the resolution (repeatable). Default 241ps.")
        List<String> resolution = new ArrayList<>();

        @Option(names = "--lifetimes", required = true, paramLabel = "LIST", description = "Lifetimes, ns.")
        String lifetimes;

        @Option(names = "--intensities", required = true, paramLabel = "LIST", description = "Intensities, %% "
                + "(sum 100).")
        String intensities;

        @Option(names = "--log-normal", paramLabel = "J:SIGMA", description = "Broaden component J (repeatable).")
        List<String> logNormal = new ArrayList<>();

        @Option(names = "--counts", defaultValue = "2e6", paramLabel = "N",
                description = "Counts in the lifetime components (sample and source). Default ${DEFAULT-VALUE}.")
        double counts;

        @Option(names = "--background", defaultValue = "20", paramLabel = "COUNTS",
                description = "Background per channel. Default ${DEFAULT-VALUE}.")
        double background;

        @Option(names = "--source", paramLabel = "LIFETIME:PCT", description = "Add a source component, e.g. "
                + "402ps:9.981.")
        String source;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed. Default "
                + "${DEFAULT-VALUE}.")
        long seed;

        @Option(names = "--no-noise", description = "Write the expected counts (no Poisson noise).")
        boolean noNoise;

        @Option(names = "--force", description = "Replace the -o file if it exists (a measured spectrum is never "
                + "replaced by accident).")
        boolean force;

        @Option(names = "--label", paramLabel = "TEXT", description = "The spectrum's header line.")
        String label;

        @Option(names = "--json", description = "Print the truth as JSON (the spectrum goes to -o).")
        boolean json;

        @Override
        public Integer call() {
            double width = PalsOptions.positiveNs(channelWidth, "--channel-width");
            List<String> res = resolution.isEmpty() ? List.of("241ps") : resolution;
            Resolution r = PalsOptions.resolution(res, false);
            List<LifetimeComponent> comps = PalsOptions.lifetimes(lifetimes, List.of());
            String[] pct = intensities.split(",", -1);
            if (pct.length != comps.size()) {
                throw InvalidInputException.of("--intensities", "expected " + comps.size() + " intensities (one per "
                        + "lifetime), got " + pct.length);
            }
            double[] sd = new double[comps.size()];
            for (String ln : logNormal) {
                String[] p = ln.split(":", -1);
                int j = PalsOptions.integer(p[0], "--log-normal");
                if (j < 1 || j > comps.size() || p.length != 2) {
                    throw InvalidInputException.of("--log-normal", "expected J:SIGMA with J in 1.." + comps.size()
                            + ", got '" + ln + "'");
                }
                sd[j - 1] = PalsOptions.ns(p[1], "--log-normal");
            }
            List<SimulationSpec.Component> sc = new ArrayList<>();
            double[] tau = new double[comps.size()];
            double[] ip = new double[comps.size()];
            for (int j = 0; j < comps.size(); j++) {
                tau[j] = comps.get(j).lifetimeNs().value();
                ip[j] = PalsOptions.number(pct[j], "--intensities");
                try {
                    sc.add(new SimulationSpec.Component(tau[j], sd[j], ip[j]));
                } catch (InvalidInputException e) {
                    String option = switch (e.field().orElse("")) {
                        case "intensity" -> "--intensities";
                        case "lifetime" -> "--lifetimes";
                        default -> "--log-normal";
                    };
                    throw InvalidInputException.of(option, "component " + (j + 1) + ": " + e.problem());
                }
            }
            Optional<SourceCorrection> src = Optional.ofNullable(source).map(PalsOptions::source);
            SimulationSpec s;
            try {
                s = new SimulationSpec(channels, width, t0, r, sc, counts, background, src);
            } catch (InvalidInputException e) {
                throw InvalidInputException.of(PalsOptions.flag(e.field().orElse("simulation")), e.problem());
            }
            String name = label != null ? label : "simulated by permlab pals simulate (seed " + seed + ")";
            LifetimeSpectrum spectrum = SpectrumSimulator.simulate(s, !noNoise, seed, name);
            String text = switch (layout.toLowerCase(Locale.ROOT)) {
                case "plain" -> SpectrumWriter.plain(spectrum);
                case "csv" -> SpectrumWriter.csv(spectrum);
                case "patfit" -> SpectrumWriter.patfit(spectrum);
                default -> throw InvalidInputException.of("--layout", "expected plain, csv or patfit, got '" + layout
                        + "'");
            };
            PrintWriter out = spec.commandLine().getOut();
            if (output != null) {
                Path parent = output.toAbsolutePath().getParent();
                try {
                    Files.createDirectories(parent);
                } catch (IOException e) {
                    throw InvalidInputException.of(output.toString(), "cannot create its folder: " + e.getMessage());
                }
                AtomicFiles.writeString(output, text, force);
            }
            double total = 0;
            for (double c : spectrum.counts()) {
                total += c;
            }
            Simulated view = new Simulated(output == null ? "-" : output.toString(), s, !noNoise, seed, total,
                    SpectrumSimulator.conventions(!noNoise, seed));
            if (json) {
                Json.print(view, out);
            } else if (output == null) {
                out.print(text);
            } else {
                out.println("wrote " + output + ": " + channels + " channels of " + Format.sig(width * 1000, 6)
                        + " ps, " + Format.sig(total, 7) + " counts in all ("
                        + (noNoise ? "no noise" : "Poisson noise, seed " + seed) + ")");
            }
            return 0;
        }
    }

    @Command(name = "free-volume", mixinStandardHelpOptions = true,
            description = "Cavity radius, diameter and fractional free volume from the o-Ps lifetime tau3 (seed "
                    + "eqs. 1-2: Tao-Eldrup and FFV = C (4/3) pi R^3 I3), or tau3 from a cavity size; the "
                    + "rectangular extension (RTE) for large pores or high temperature.",
            footer = {"", "Values may carry an uncertainty: --tau3 1.874+-0.012.", "", "Examples:",
                "  permlab pals free-volume --tau3 1.874                 # diameter 5.46 A",
                "  permlab pals free-volume --tau3 2.171 --i3 20 --json   # R = 3 A, FFV = 4.07 %%",
                "  permlab pals free-volume --diameter 5.46               # the inverse: tau3 = 1.874 ns",
                "  permlab pals free-volume --tau3 20 --model rte --temperature 295K --geometry channel"})
    static final class FreeVolumeCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--tau3", paramLabel = "NS", description = "o-Ps lifetime, ns (may carry +-SD).")
        String tau3;

        @Option(names = "--i3", paramLabel = "PCT", description = "o-Ps intensity, %% (may carry +-SD): gives FFV.")
        String i3;

        @Option(names = "--radius", paramLabel = "A", description = "The inverse direction: a cavity radius, "
                + "angstrom (RTE: the pore side).")
        Double radius;

        @Option(names = "--diameter", paramLabel = "A", description = "The inverse direction: a diameter, angstrom.")
        Double diameter;

        @Option(names = "--delta-r", paramLabel = "A", description = "Tao-Eldrup dR, angstrom (default 1.656).")
        Double deltaR;

        @Option(names = "--lambda-b", paramLabel = "NS-1", description = "Annihilation rate in the layer, 1/ns "
                + "(default 2, the seed's 0.5 ns prefactor; some programs use 2.0053).")
        Double lambdaB;

        @Option(names = "--c", paramLabel = "C", description = "FFV constant (default 0.0018).")
        Double c;

        @Option(names = "--model", paramLabel = "M", defaultValue = "tao-eldrup",
                description = "tao-eldrup (default) or rte.")
        String model;

        @Option(names = "--temperature", paramLabel = "T", description = "RTE: sample temperature, e.g. 295K.")
        String temperature;

        @Option(names = "--geometry", paramLabel = "G", defaultValue = "cube",
                description = "RTE: cube (default), channel or slab.")
        String geometry;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            PoreModel pm;
            try {
                pm = poreModel();
            } catch (InvalidInputException e) {
                throw PalsOptions.asOption(e);
            }
            double ffvC = c != null ? c : FreeVolumeConstants.ffvC().value();
            PrintWriter out = spec.commandLine().getOut();
            int given = (tau3 != null ? 1 : 0) + (radius != null ? 1 : 0) + (diameter != null ? 1 : 0);
            if (given != 1) {
                throw InvalidInputException.of("--tau3", "give exactly one of --tau3, --radius and --diameter");
            }
            if (tau3 == null) {
                double size = radius != null ? radius : diameter / pm.diameterAngstrom(1.0);
                if (!(size > 0)) {
                    throw InvalidInputException.of(radius != null ? "--radius" : "--diameter", "must be positive");
                }
                FreeVolume v = FreeVolume.fromSize(pm, size, ffvC);
                double tau = v.tau3Ns().value();
                double d = v.diameterAngstrom().value();
                if (json) {
                    Json.print(v, out);
                } else {
                    out.println("tau3 = " + Format.fixed(tau, 4) + " ns for a " + pm.sizeName() + " of "
                            + Format.sig(size, 6) + " A (diameter " + Format.sig(d, 6) + " A)");
                    out.println("model: " + pm.describe());
                }
                return 0;
            }
            Measured tau = measured(tau3, "--tau3");
            Optional<Measured> intensity = Optional.ofNullable(i3).map(s -> measured(s, "--i3"));
            FreeVolume fv;
            try {
                fv = FreeVolume.fromLifetime(pm, tau, intensity, ffvC);
            } catch (InvalidInputException e) {
                throw PalsOptions.asOption(e);
            }
            if (json) {
                Json.print(fv, out);
                return 0;
            }
            PalsText.freeVolume(fv, out);
            return 0;
        }

        private PoreModel poreModel() {
            return switch (model.toLowerCase(Locale.ROOT)) {
                case "tao-eldrup", "te" -> new PoreModel.TaoEldrup(
                        deltaR != null ? deltaR : FreeVolumeConstants.taoEldrupDeltaR().value(),
                        lambdaB != null ? lambdaB : FreeVolumeConstants.taoEldrupLambdaB().value());
                case "rte" -> {
                    if (temperature == null) {
                        throw InvalidInputException.of("--temperature", "the RTE model needs the sample temperature, "
                                + "e.g. --temperature 295K");
                    }
                    double t;
                    try {
                        t = Quantities.parseWithUnit(temperature, Dimension.TEMPERATURE, Units.parse("K"))
                                .si(ReferenceState.NORMAL);
                    } catch (InvalidInputException e) {
                        throw InvalidInputException.of("--temperature", e.problem());
                    }
                    PoreModel.Geometry g = switch (geometry.toLowerCase(Locale.ROOT)) {
                        case "cube" -> PoreModel.Geometry.CUBE;
                        case "channel" -> PoreModel.Geometry.CHANNEL;
                        case "slab", "slit" -> PoreModel.Geometry.SLAB;
                        default -> throw InvalidInputException.of("--geometry", "expected cube, channel or slab, got '"
                                + geometry + "'");
                    };
                    yield PoreModel.RectangularTaoEldrup.standard(t, g);
                }
                default -> throw InvalidInputException.of("--model", "expected tao-eldrup or rte, got '" + model
                        + "'");
            };
        }

        private static Measured measured(String text, String option) {
            try {
                Quantities.Parsed p = Quantities.parseWithUnit(text.strip(), Dimension.DIMENSIONLESS,
                        Units.parse("1"));
                if (p.unit() != Units.parse("1")) {
                    throw InvalidInputException.of(option, "give the number alone, e.g. " + option + " 1.874");
                }
                return new Measured(p.value(), p.sd());
            } catch (InvalidInputException e) {
                throw InvalidInputException.of(option, e.problem());
            }
        }
    }
}
