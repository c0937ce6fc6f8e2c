package org.permlab.app.pals;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.permlab.app.cli.JsonOption;
import org.permlab.app.cli.AtomicFiles;
import org.permlab.app.json.Json;
import org.permlab.app.text.Format;
import org.permlab.error.InvalidInputException;
import org.permlab.io.pals.SpectrumWriter;
import org.permlab.pals.LifetimeComponent;
import org.permlab.pals.LifetimeSpectrum;
import org.permlab.pals.Resolution;
import org.permlab.pals.SimulationSpec;
import org.permlab.pals.SourceCorrection;
import org.permlab.pals.SpectrumSimulator;
import org.permlab.result.Conventions;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code permlab pals simulate}. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a lifetime spectrum with known components, resolution, counts and background, "
                + "with Poisson noise from a seeded generator (the same seed gives the same spectrum).",
        footer = {"", "Examples:",
            "  permlab pals simulate -o sim.dat --lifetimes 0.2,0.45,2.0 --intensities 30,50,20 --seed 1",
            "  permlab pals simulate -o glass.dat --channel-width 13ps --resolution 241ps \\",
            "      --lifetimes 0.2,0.45,2.0 --intensities 30,55,15 --counts 1.5e6 --source 402ps:9.981 --layout patfit"})
final class PalsSimulateCommand implements Callable<Integer> {
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

    @Mixin
    JsonOption json;

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
        if (json.enabled()) {
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
