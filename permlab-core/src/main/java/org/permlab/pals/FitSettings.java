package org.permlab.pals;

import java.util.List;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.result.Convention;
import org.permlab.result.Conventions;

/**
 * What to fit and how: the model (components, resolution, T0, background, constraints), the channel ranges and
 * the criterion. PALSfit's POSITRONFIT input (blocks 3 to 8) maps onto this one to one; free resolution
 * parameters make it a RESOLUTIONFIT.
 *
 * @param fitRange             the channels fitted
 * @param areaRange            the channels whose data and fit areas are compared (the fit range if empty)
 * @param t0Channel            time-zero in channels (PALSfit's convention: channel k spans [k-1, k]); empty for
 *                             a free T0 started from the data
 * @param resolution           the resolution function
 * @param components           1 to 5 lifetime components
 * @param intensityConstraints linear constraints on the intensities
 * @param background           free, fixed or estimated from a channel range
 * @param area                 the total-area constraint
 * @param weighting            Poisson maximum likelihood (default) or Neyman chi-square
 * @param sourceCorrection     the source correction, if any (adds a second cycle)
 * @param starts               number of starts of the global stage (deterministic, independent of the guesses)
 * @param logNormalNodes       Gauss-Hermite nodes for log-normal components (PALSfit's "fineness")
 */
public record FitSettings(ChannelRange fitRange, Optional<ChannelRange> areaRange, Optional<Parameter> t0Channel,
        Resolution resolution, List<LifetimeComponent> components, List<IntensityConstraint> intensityConstraints,
        Background background, AreaConstraint area, Weighting weighting, Optional<SourceCorrection> sourceCorrection,
        int starts, int logNormalNodes) {

    /** At most five lifetime components, as PALSfit allows. */
    public static final int MAX_COMPONENTS = 5;
    /** Default number of global starts. */
    public static final int DEFAULT_STARTS = 8;
    /** Default log-normal fineness (PALSfit's default, 32 nodes). */
    public static final int DEFAULT_LOG_NORMAL_NODES = 32;

    /**
     * The ortho-positronium lifetime in vacuum, ns: the longest any annihilation lifetime can be (142.05 ns
     * measured by R. S. Vallery, P. W. Zitzewitz, D. W. Gidley, Phys. Rev. Lett. 90 (2003) 203402; the value
     * 1/rte_lambda_t of free-volume.tsv).
     */
    public static final double VACUUM_OPS_LIFETIME_NS = 1.0 / FreeVolumeConstants.rteLambdaT().value();

    public FitSettings {
        components = List.copyOf(components);
        intensityConstraints = List.copyOf(intensityConstraints);
        if (components.isEmpty() || components.size() > MAX_COMPONENTS) {
            throw InvalidInputException.of("components", "expected 1 to " + MAX_COMPONENTS
                    + " lifetime components, got " + components.size());
        }
        for (int j = 0; j < components.size(); j++) {
            LifetimeComponent c = components.get(j);
            if (!(c.lifetimeNs().value() > 0)) {
                throw InvalidInputException.of("lifetime " + (j + 1), "must be positive, got "
                        + c.lifetimeNs().value() + " ns");
            }
            if (!(c.lifetimeNs().value() < VACUUM_OPS_LIFETIME_NS)) {
                throw InvalidInputException.of("lifetime " + (j + 1), "no positron state lives longer than o-Ps "
                        + "in vacuum (142 ns), got " + c.lifetimeNs().value() + " ns; a unit slip (ps for ns)?");
            }
            if (c instanceof LifetimeComponent.LogNormal ln && ln.sdNs().value() < 0) {
                throw InvalidInputException.of("log-normal sigma " + (j + 1), "must be >= 0, got "
                        + ln.sdNs().value() + " ns");
            }
        }
        for (IntensityConstraint ic : intensityConstraints) {
            ic.asLinear(components.size());
        }
        if (starts < 1 || starts > 1000) {
            throw InvalidInputException.of("starts", "expected 1 to 1000, got " + starts);
        }
        if (logNormalNodes < 4 || logNormalNodes > 128) {
            throw InvalidInputException.of("log-normal fineness", "expected 4 to 128 nodes, got " + logNormalNodes);
        }
        if (background instanceof Background.Fixed f && !(f.countsPerChannel() >= 0)) {
            throw InvalidInputException.of("background", "a fixed background must be >= 0, got "
                    + f.countsPerChannel());
        }
        if (area instanceof AreaConstraint.Fixed f && !(f.area() > 0)) {
            throw InvalidInputException.of("area", "a fixed area must be positive, got " + f.area());
        }
    }

    /**
     * Free lifetimes (started at the given values), a fixed resolution, free T0 and background, Poisson maximum
     * likelihood, no constraints, no source correction.
     */
    public static FitSettings of(ChannelRange fitRange, Resolution resolution, double... lifetimeGuessesNs) {
        List<LifetimeComponent> comps = new java.util.ArrayList<>();
        for (double t : lifetimeGuessesNs) {
            comps.add(new LifetimeComponent.Exponential(Parameter.free(t)));
        }
        return new FitSettings(fitRange, Optional.empty(), Optional.empty(), resolution, comps, List.of(),
                new Background.Free(), new AreaConstraint.Free(), Weighting.POISSON, Optional.empty(),
                DEFAULT_STARTS, DEFAULT_LOG_NORMAL_NODES);
    }

    /**
     * The fit range permlab uses when none is given: from 5 of the widest Gaussian's FWHM before the highest
     * channel to the last channel (the pre-peak region is flat background, which the model includes anyway, but
     * spectra often start with electronics artefacts).
     */
    public static ChannelRange defaultFitRange(LifetimeSpectrum spectrum, Resolution resolution) {
        int peak = 1;
        for (int k = 2; k <= spectrum.channels(); k++) {
            if (spectrum.count(k) > spectrum.count(peak)) {
                peak = k;
            }
        }
        double maxFwhm = resolution.peaks().stream().mapToDouble(g -> g.fwhmNs().value()).max().orElse(0.0);
        int before = (int) Math.ceil(5.0 * maxFwhm / spectrum.channelWidthNs());
        return new ChannelRange(Math.max(1, peak - before), spectrum.channels());
    }

    /**
     * The conventions a fit with these settings follows (CONVENTIONS §4): the channel-time convention, the
     * resolution function, the criterion, the uncertainties, the significance, the units of intensities and
     * background, the global stage's starts and, with one, the source correction.
     */
    public Conventions conventions() {
        Conventions c = Conventions.of(
                Convention.of("channel_time", "channel k spans channel-time [k-1, k]; t = (k - T0) x width; T0 in "
                        + "channels, channels numbered from 1 as in the file"),
                Convention.of("resolution", "sum of Gaussians, Gaussian p centred at T0 + shift_p; sigma = FWHM / "
                        + "2.3548"),
                Convention.of("weighting", weighting == Weighting.POISSON
                        ? "Poisson maximum likelihood: weights 1/f from the model, iterated; chi2 = sum (y - f)^2 / f"
                        : "Neyman chi-square: weights 1/max(y, 1) from the counts (biases the background low on low "
                                + "counts)"),
                Convention.of("uncertainties", "one SD from the unscaled inverse of J^T W J; intensities and mean "
                        + "lifetime from the full covariance"),
                Convention.of("significance", "100 CDF_chi2(chi2, dof): the 'significance of imperfect model'"),
                Convention.of("intensities", "% of the summed component area (source excluded)"),
                Convention.of("background", "counts per channel"),
                startingLifetimes());
        return sourceCorrection.map(c::with).orElse(c);
    }

    /** Where the global stage starts the free lifetimes. */
    public StartingLifetimes startingLifetimes() {
        return StartingLifetimes.standard(starts);
    }

    /** The area range, or the fit range when none was given. */
    public ChannelRange effectiveAreaRange() {
        return areaRange.orElse(fitRange);
    }

    public FitSettings withFitRange(ChannelRange r) {
        return new FitSettings(r, areaRange, t0Channel, resolution, components, intensityConstraints, background,
                area, weighting, sourceCorrection, starts, logNormalNodes);
    }

    public FitSettings withAreaRange(Optional<ChannelRange> r) {
        return new FitSettings(fitRange, r, t0Channel, resolution, components, intensityConstraints, background,
                area, weighting, sourceCorrection, starts, logNormalNodes);
    }

    public FitSettings withT0(Optional<Parameter> t0) {
        return new FitSettings(fitRange, areaRange, t0, resolution, components, intensityConstraints, background,
                area, weighting, sourceCorrection, starts, logNormalNodes);
    }

    public FitSettings withResolution(Resolution r) {
        return new FitSettings(fitRange, areaRange, t0Channel, r, components, intensityConstraints, background,
                area, weighting, sourceCorrection, starts, logNormalNodes);
    }

    public FitSettings withComponents(List<LifetimeComponent> c, List<IntensityConstraint> constraints) {
        return new FitSettings(fitRange, areaRange, t0Channel, resolution, c, constraints, background, area,
                weighting, sourceCorrection, starts, logNormalNodes);
    }

    public FitSettings withBackground(Background b) {
        return new FitSettings(fitRange, areaRange, t0Channel, resolution, components, intensityConstraints, b,
                area, weighting, sourceCorrection, starts, logNormalNodes);
    }

    public FitSettings withArea(AreaConstraint a) {
        return new FitSettings(fitRange, areaRange, t0Channel, resolution, components, intensityConstraints,
                background, a, weighting, sourceCorrection, starts, logNormalNodes);
    }

    public FitSettings withWeighting(Weighting w) {
        return new FitSettings(fitRange, areaRange, t0Channel, resolution, components, intensityConstraints,
                background, area, w, sourceCorrection, starts, logNormalNodes);
    }

    public FitSettings withSourceCorrection(Optional<SourceCorrection> s) {
        return new FitSettings(fitRange, areaRange, t0Channel, resolution, components, intensityConstraints,
                background, area, weighting, s, starts, logNormalNodes);
    }

    public FitSettings withStarts(int n) {
        return new FitSettings(fitRange, areaRange, t0Channel, resolution, components, intensityConstraints,
                background, area, weighting, sourceCorrection, n, logNormalNodes);
    }

    public FitSettings withLogNormalNodes(int n) {
        return new FitSettings(fitRange, areaRange, t0Channel, resolution, components, intensityConstraints,
                background, area, weighting, sourceCorrection, starts, n);
    }
}
