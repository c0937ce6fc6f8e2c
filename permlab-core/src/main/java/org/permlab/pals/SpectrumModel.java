package org.permlab.pals;

import java.util.ArrayList;
import java.util.List;

import org.permlab.error.InvalidInputException;

/**
 * A lifetime spectrum's expected counts with every parameter known: what the simulator draws from, what a fit
 * returns, and what the source correction subtracts (CONVENTIONS §4).
 *
 * @param channelWidthNs channel width, ns
 * @param t0Channel      time-zero, channels (channel k spans channel-time [k-1, k])
 * @param resolution     the resolution function (its values; flags are ignored)
 * @param components     the components with their areas
 * @param background     constant background, counts per channel
 * @param logNormalNodes Gauss-Hermite nodes for broadened components
 */
public record SpectrumModel(double channelWidthNs, double t0Channel, Resolution resolution,
        List<Component> components, double background, int logNormalNodes) {

    /**
     * One component with a known area.
     *
     * @param lifetimeNs the (mean) lifetime, ns
     * @param sdNs       log-normal standard deviation of the lifetime, ns; 0 for a discrete lifetime
     * @param area       its total counts (over all times)
     */
    public record Component(double lifetimeNs, double sdNs, double area) {
        public Component {
            if (!(lifetimeNs > 0)) {
                throw InvalidInputException.of("lifetime", "must be positive, got " + lifetimeNs + " ns");
            }
            if (!(sdNs >= 0)) {
                throw InvalidInputException.of("log-normal sigma", "must be >= 0, got " + sdNs + " ns");
            }
        }
    }

    public SpectrumModel {
        components = List.copyOf(components);
        if (!(channelWidthNs > 0)) {
            throw InvalidInputException.of("channel width", "must be positive, got " + channelWidthNs + " ns");
        }
    }

    /** Expected counts in each channel of the range (index 0 is {@code range.first()}). */
    public double[] expected(ChannelRange range) {
        double[][] basis = basis(range);
        double[] out = new double[range.size()];
        for (int k = 0; k < out.length; k++) {
            double v = background;
            for (int j = 0; j < components.size(); j++) {
                v += components.get(j).area() * basis[j][k];
            }
            out[k] = v;
        }
        return out;
    }

    /** Expected counts of component j alone (no background) in each channel of the range. */
    public double[] component(int j, ChannelRange range) {
        double[][] basis = basis(range);
        double[] out = new double[range.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = components.get(j).area() * basis[j][k];
        }
        return out;
    }

    private double[][] basis(ChannelRange range) {
        double[] edges = new double[range.size() + 1];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = range.first() - 1 + i;
        }
        List<LifetimeComponent> comps = new ArrayList<>();
        for (Component c : components) {
            comps.add(c.sdNs() > 0
                    ? new LifetimeComponent.LogNormal(Parameter.fixed(c.lifetimeNs()), Parameter.fixed(c.sdNs()))
                    : new LifetimeComponent.Exponential(Parameter.fixed(c.lifetimeNs())));
        }
        ChannelModel model = new ChannelModel(edges, channelWidthNs, comps, resolution, Parameter.fixed(t0Channel),
                logNormalNodes);
        double[][] basis = new double[components.size() + 1][range.size()];
        model.evaluate(new double[0], basis, null);
        return basis;
    }

    /** The source spectrum of a source correction: {@code area} counts shared as its components say. */
    static SpectrumModel source(SourceCorrection sc, double area, double widthNs, double t0, Resolution resolution,
            int nodes) {
        List<Component> comps = new ArrayList<>();
        for (SourceComponent s : sc.components()) {
            comps.add(new Component(s.lifetimeNs(), s.sdNs(), area * s.intensityPct() / 100.0));
        }
        return new SpectrumModel(widthNs, t0, resolution, comps, 0.0, nodes);
    }

    /** The total area of the components. */
    public double componentArea() {
        return components.stream().mapToDouble(Component::area).sum();
    }
}
