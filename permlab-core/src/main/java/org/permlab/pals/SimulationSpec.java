package org.permlab.pals;

import java.util.List;
import java.util.Optional;

import org.permlab.error.InvalidInputException;

/**
 * What to simulate: a lifetime spectrum with known components, resolution, T0, counts and background.
 *
 * @param channels             number of channels
 * @param channelWidthNs       channel width, ns
 * @param t0Channel            time-zero, channels (channel k spans [k-1, k])
 * @param resolution           the resolution function
 * @param components           the sample's components; their intensities sum to 100 %
 * @param componentCounts      total counts in the lifetime components (sample and source), over all times
 * @param backgroundPerChannel constant background, counts per channel
 * @param source               source components to add, as a source correction describes them (their share of
 *                             {@code componentCounts} is its total percentage)
 */
public record SimulationSpec(int channels, double channelWidthNs, double t0Channel, Resolution resolution,
        List<Component> components, double componentCounts, double backgroundPerChannel,
        Optional<SourceCorrection> source) {

    /**
     * One simulated component.
     *
     * @param lifetimeNs       (mean) lifetime, ns
     * @param sdNs             log-normal SD, ns (0 for none)
     * @param intensityPct its share of the sample's counts, %
     */
    public record Component(double lifetimeNs, double sdNs, double intensityPct) {
        public Component {
            if (!(lifetimeNs > 0)) {
                throw InvalidInputException.of("lifetime", "must be positive, got " + lifetimeNs + " ns");
            }
            if (!(sdNs >= 0)) {
                throw InvalidInputException.of("log-normal sigma", "must be >= 0, got " + sdNs + " ns");
            }
            if (!(intensityPct > 0) || intensityPct > 100) {
                throw InvalidInputException.of("intensity", "must be in (0, 100] %, got " + intensityPct + " %");
            }
        }
    }

    public SimulationSpec {
        components = List.copyOf(components);
        if (channels < 2) {
            throw InvalidInputException.of("channels", "need at least 2, got " + channels);
        }
        if (!(channelWidthNs > 0)) {
            throw InvalidInputException.of("channel width", "must be positive, got " + channelWidthNs + " ns");
        }
        if (components.isEmpty() || components.size() > FitSettings.MAX_COMPONENTS) {
            throw InvalidInputException.of("components", "expected 1 to " + FitSettings.MAX_COMPONENTS
                    + ", got " + components.size());
        }
        double sum = components.stream().mapToDouble(Component::intensityPct).sum();
        if (Math.abs(sum - 100.0) > 0.01) {
            throw InvalidInputException.of("intensities", "must sum to 100 %, got " + sum + " %");
        }
        if (!(componentCounts > 0)) {
            throw InvalidInputException.of("counts", "must be positive, got " + componentCounts);
        }
        if (!(backgroundPerChannel >= 0)) {
            throw InvalidInputException.of("background", "must be >= 0 counts per channel, got "
                    + backgroundPerChannel);
        }
        if (!Double.isFinite(t0Channel) || t0Channel < 0 || t0Channel > channels) {
            throw InvalidInputException.of("T0", "must lie within the " + channels + " channels, got " + t0Channel);
        }
    }

    /** The expected spectrum as a model (source components included, after the sample's). */
    public SpectrumModel model(int logNormalNodes) {
        double sourceShare = source.map(s -> s.totalPct() / 100.0).orElse(0.0);
        List<SpectrumModel.Component> comps = new java.util.ArrayList<>();
        for (Component c : components) {
            comps.add(new SpectrumModel.Component(c.lifetimeNs(), c.sdNs(),
                    componentCounts * (1 - sourceShare) * c.intensityPct() / 100.0));
        }
        source.ifPresent(s -> s.components().forEach(sc -> comps.add(new SpectrumModel.Component(sc.lifetimeNs(),
                sc.sdNs(), componentCounts * sourceShare * sc.intensityPct() / 100.0))));
        return new SpectrumModel(channelWidthNs, t0Channel, resolution, comps, backgroundPerChannel,
                logNormalNodes);
    }
}
