package org.permlab.app.pals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.permlab.app.cli.OptionValues;
import org.permlab.app.cli.OutputOption;
import org.permlab.app.cli.JsonOption;
import org.permlab.error.InvalidInputException;
import org.permlab.io.pals.SpectrumFormat;
import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.pals.Background;
import org.permlab.pals.ChannelRange;
import org.permlab.pals.FitSettings;
import org.permlab.pals.GaussianPeak;
import org.permlab.pals.IntensityConstraint;
import org.permlab.pals.LifetimeComponent;
import org.permlab.pals.LifetimeSpectrum;
import org.permlab.pals.Parameter;
import org.permlab.pals.Resolution;
import org.permlab.pals.SourceCorrection;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Parses the text of the {@code pals} verbs' options into model objects; every error names the option. Times
 * take a unit ({@code 13ps}, {@code 0.241 ns}); a bare number is in ns.
 */
final class PalsOptions {

    private PalsOptions() {
    }

    /**
     * The option that gives a quantity core names ({@code i3} -> {@code --i3}, {@code delta_r} -> {@code --delta-r},
     * {@code channel width} -> {@code --channel-width}); a name that already is an option stays.
     */
    static String flag(String quantity) {
        return quantity.startsWith("--") ? quantity : "--" + quantity.replace('_', '-').replace(' ', '-');
    }

    /** The same problem, named by the option that gives its quantity. */
    static InvalidInputException asOption(InvalidInputException e) {
        return e.field().isPresent() && e.source().isEmpty() ? InvalidInputException.of(flag(e.field().get()),
                e.problem()) : e;
    }

    /** A time in ns: {@code 241ps}, {@code 0.241 ns} or {@code 0.241} (ns). */
    static double ns(String text, String option) {
        return OptionValues.given(option, () -> Quantities.parseWithUnit(text.strip(), Dimension.TIME,
                Units.parse("ns")).si(ReferenceState.NORMAL) * 1e9);
    }

    static double positiveNs(String text, String option) {
        double v = ns(text, option);
        if (!(v > 0)) {
            throw InvalidInputException.of(option, "must be positive, got '" + text + "'");
        }
        return v;
    }

    static double number(String text, String option) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw InvalidInputException.of(option, "expected a number, got '" + text + "'");
    }

    static int integer(String text, String option) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(option, "expected a whole number, got '" + text + "'");
        }
    }

    /**
     * Lifetimes: {@code 0.2,0.45,2.0} (ns or with units); {@code :F} fixes one ({@code 0.402:F}), {@code :G} is
     * the default (fitted).
     */
    static List<LifetimeComponent> lifetimes(String text, List<String> logNormal) {
        List<LifetimeComponent> out = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String t = item.strip();
            boolean fixed = false;
            if (t.toUpperCase(Locale.ROOT).endsWith(":F")) {
                fixed = true;
                t = t.substring(0, t.length() - 2);
            } else if (t.toUpperCase(Locale.ROOT).endsWith(":G")) {
                t = t.substring(0, t.length() - 2);
            }
            double tau = positiveNs(t, "--lifetimes");
            out.add(new LifetimeComponent.Exponential(fixed ? Parameter.fixed(tau) : Parameter.free(tau)));
        }
        if (out.isEmpty() || out.size() > 5) {
            throw InvalidInputException.of("--lifetimes", "expected 1 to 5 lifetimes, got " + out.size());
        }
        for (String ln : logNormal) {
            String[] p = ln.split(":", -1);
            int j = integer(p[0], "--log-normal");
            if (j < 1 || j > out.size()) {
                throw InvalidInputException.of("--log-normal", "components are 1 to " + out.size() + ", got " + j);
            }
            LifetimeComponent c = out.get(j - 1);
            double sd = p.length > 1 ? ns(p[1], "--log-normal") : 0.2 * c.lifetimeNs().value();
            if (!(sd >= 0)) {
                throw InvalidInputException.of("--log-normal", "sigma must be >= 0, got '" + p[1] + "'");
            }
            out.set(j - 1, new LifetimeComponent.LogNormal(c.lifetimeNs(), Parameter.free(sd)));
        }
        return out;
    }

    /** Applies {@code J=LO:HI} bounds to free lifetimes. */
    static List<LifetimeComponent> bounded(List<LifetimeComponent> comps, List<String> bounds) {
        List<LifetimeComponent> out = new ArrayList<>(comps);
        for (String b : bounds) {
            String[] p = b.split("=", -1);
            String[] lh = p.length == 2 ? p[1].split(":") : new String[0];
            if (lh.length != 2) {
                throw InvalidInputException.of("--bounds", "expected J=LO:HI such as 3=1:5, got '" + b + "'");
            }
            int j = integer(p[0], "--bounds");
            if (j < 1 || j > out.size()) {
                throw InvalidInputException.of("--bounds", "components are 1 to " + out.size() + ", got " + j);
            }
            double lo = ns(lh[0], "--bounds");
            double hi = ns(lh[1], "--bounds");
            Parameter old = out.get(j - 1).lifetimeNs();
            if (!(lo < hi) || old.value() < lo || old.value() > hi) {
                throw InvalidInputException.of("--bounds", "need LO < HI around the guess " + old.value()
                        + " ns, got '" + b + "'");
            }
            out.set(j - 1, out.get(j - 1).withLifetime(new Parameter(old.value(), old.free(), lo, hi)));
        }
        return out;
    }

    /**
     * Resolution Gaussians: each {@code FWHM[:PERCENT[:SHIFT]]}, e.g. {@code 241ps} or {@code 0.23:85} and
     * {@code 0.35:15:0.05}. With {@code fit} the FWHMs and all but the first shift are fitted (RESOLUTIONFIT).
     */
    static Resolution resolution(List<String> specs, boolean fit) {
        if (specs.isEmpty()) {
            throw InvalidInputException.of("--resolution", "give the resolution function, e.g. --resolution 241ps");
        }
        List<GaussianPeak> peaks = new ArrayList<>();
        double sum = 0;
        for (int p = 0; p < specs.size(); p++) {
            String[] f = specs.get(p).split(":", -1);
            if (f.length > 3) {
                throw InvalidInputException.of("--resolution", "expected FWHM[:PERCENT[:SHIFT]], got '"
                        + specs.get(p) + "'");
            }
            double fwhm = positiveNs(f[0], "--resolution");
            double pct = f.length > 1 ? number(f[1], "--resolution") : 100.0 / specs.size();
            double shift = f.length > 2 ? ns(f[2], "--resolution") : 0.0;
            sum += pct;
            boolean freeShift = fit && p > 0;
            peaks.add(new GaussianPeak(fit ? Parameter.free(fwhm) : Parameter.fixed(fwhm), pct / 100.0,
                    freeShift ? Parameter.free(shift) : Parameter.fixed(shift)));
        }
        if (Math.abs(sum - 100.0) > 0.1) {
            throw InvalidInputException.of("--resolution", "the Gaussian intensities must sum to 100 %, got " + sum
                    + " %");
        }
        List<GaussianPeak> normalised = new ArrayList<>();
        for (GaussianPeak g : peaks) {
            normalised.add(new GaussianPeak(g.fwhmNs(), g.fraction() / (sum / 100.0), g.shiftNs()));
        }
        try {
            return new Resolution(normalised);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("--resolution", e.problem());
        }
    }

    /** A channel range {@code FIRST:LAST}. */
    static ChannelRange range(String text, String option) {
        String[] p = text.split(":", -1);
        if (p.length != 2) {
            throw InvalidInputException.of(option, "expected FIRST:LAST channels, got '" + text + "'");
        }
        int a = integer(p[0], option);
        int b = integer(p[1], option);
        if (a < 1 || b < a) {
            throw InvalidInputException.of(option, "expected 1 <= FIRST <= LAST, got '" + text + "'");
        }
        return new ChannelRange(a, b);
    }

    /** A source correction {@code LIFETIME:PERCENT}, e.g. {@code 402ps:9.981}. */
    static SourceCorrection source(String text) {
        String[] p = text.split(":", -1);
        if (p.length != 2) {
            throw InvalidInputException.of("--source", "expected LIFETIME:PERCENT such as 402ps:9.981, got '" + text
                    + "'");
        }
        try {
            return SourceCorrection.single(positiveNs(p[0], "--source"), number(p[1], "--source"));
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("--source", e.problem());
        }
    }

    /** {@code I:J=VALUE}: I_i / I_j = value. */
    static IntensityConstraint ratio(String text) {
        String[] p = text.split("=", -1);
        String[] ij = p[0].split(":", -1);
        if (p.length != 2 || ij.length != 2) {
            throw InvalidInputException.of("--ratio", "expected I:J=VALUE such as 1:3=0.3333, got '" + text + "'");
        }
        try {
            return new IntensityConstraint.FixedRatio(integer(ij[0], "--ratio"), integer(ij[1], "--ratio"),
                    number(p[1], "--ratio"));
        } catch (InvalidInputException e) {
            throw e.field().filter("--ratio"::equals).isPresent() ? e : InvalidInputException.of("--ratio",
                    e.problem());
        }
    }

    /** {@code J=PERCENT}: I_j fixed. */
    static IntensityConstraint fixedIntensity(String text) {
        String[] p = text.split("=", -1);
        if (p.length != 2) {
            throw InvalidInputException.of("--intensity", "expected J=PERCENT such as 2=50, got '" + text + "'");
        }
        try {
            return new IntensityConstraint.FixedIntensity(integer(p[0], "--intensity"), number(p[1], "--intensity"));
        } catch (InvalidInputException e) {
            throw e.field().filter("--intensity"::equals).isPresent() ? e : InvalidInputException.of("--intensity",
                    e.problem());
        }
    }

    /** {@code auto}, {@code plain}, {@code csv} or a Fortran format in parentheses. */
    static SpectrumFormat format(String text) {
        String t = text.strip();
        if (t.startsWith("(")) {
            try {
                return SpectrumFormat.fortran(t);
            } catch (InvalidInputException e) {
                throw InvalidInputException.of("--format", e.problem());
            }
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "auto" -> SpectrumFormat.auto();
            case "plain" -> SpectrumFormat.plain();
            case "csv" -> SpectrumFormat.csv();
            default -> throw InvalidInputException.of("--format", "expected auto, plain, csv or a Fortran format "
                    + "such as '(/,(i6,9i7))', got '" + text + "'");
        };
    }

    static Optional<Parameter> t0(String text, boolean fixed) {
        if (text == null) {
            return Optional.empty();
        }
        double v = number(text, "--t0");
        return Optional.of(fixed ? Parameter.fixed(v) : Parameter.free(v));
    }

    /**
     * The fitting options shared by {@code fit} and {@code resolution-fit} (a picocli mixin; {@link PalsFitRun}
     * adds how the fit runs), and the settings they make.
     */
    static class Fit {
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

        @Mixin
        JsonOption json;

        @Option(names = "--residuals", description = "With --json: include counts, model and residuals per channel.")
        boolean residuals;

        @Option(names = "--correlations", description = "Also print the correlation matrix (always in --json).")
        boolean correlations;

        /** -o DIR: NAME-fit.json, NAME-fit.csv (channel, counts, model, residual) and figures. */
        @Mixin
        OutputOption outputs;

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

    }
}
