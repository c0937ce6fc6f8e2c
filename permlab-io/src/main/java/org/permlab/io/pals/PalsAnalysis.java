package org.permlab.io.pals;

import java.util.List;
import java.util.Optional;

import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.pals.Background;
import org.permlab.pals.ChannelRange;
import org.permlab.pals.FitSettings;
import org.permlab.pals.IntensityConstraint;
import org.permlab.pals.LifetimeComponent;
import org.permlab.pals.LifetimeSpectrum;
import org.permlab.pals.Parameter;
import org.permlab.pals.PoreModel;
import org.permlab.pals.Resolution;
import org.permlab.pals.SourceCorrection;

/**
 * The {@code analyses: pals:} settings of a study (or a verb's options): how to fit each spectrum and how to turn
 * tau3 into a cavity size. Ranges and T0 may be overridden per spectrum.
 *
 * @param components       the lifetime components (guesses and G/F flags)
 * @param constraints      intensity constraints
 * @param resolution       the resolution function
 * @param fitRange         the fit range, or the default ({@link FitSettings#defaultFitRange})
 * @param areaRange        the area range (the fit range if empty)
 * @param t0Channel        time-zero, if given (free from the data otherwise)
 * @param background       background treatment
 * @param weighting        Poisson (default) or Neyman
 * @param sourceCorrection the source correction, if any
 * @param starts           global-stage starts
 * @param poreModel        the pore model for tau3
 * @param ffvC             the FFV constant
 * @param opsComponent     which component is o-Ps (1-based); empty for the longest lifetime
 * @param channelWidthNs   a default channel width for the spectra, ns
 */
public record PalsAnalysis(List<LifetimeComponent> components, List<IntensityConstraint> constraints,
        Resolution resolution, Optional<ChannelRange> fitRange, Optional<ChannelRange> areaRange,
        Optional<Parameter> t0Channel, Background background, Weighting weighting,
        Optional<SourceCorrection> sourceCorrection, int starts, PoreModel poreModel, double ffvC,
        Optional<Integer> opsComponent, Optional<Double> channelWidthNs) {

    public PalsAnalysis {
        components = List.copyOf(components);
        constraints = List.copyOf(constraints);
    }

    /** The fit settings for one spectrum (ranges default from the spectrum when not given). */
    public FitSettings settingsFor(LifetimeSpectrum spectrum, Optional<ChannelRange> fitOverride,
            Optional<Parameter> t0Override) {
        ChannelRange fit = fitOverride.or(() -> fitRange).orElseGet(() -> FitSettings.defaultFitRange(spectrum,
                resolution));
        return new FitSettings(fit, areaRange, t0Override.or(() -> t0Channel), resolution, components, constraints,
                background, new org.permlab.pals.AreaConstraint.Free(), weighting, sourceCorrection, starts,
                FitSettings.DEFAULT_LOG_NORMAL_NODES);
    }
}
