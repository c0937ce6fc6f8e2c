package org.permlab.io.pals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.io.tree.ListNode;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Node;
import org.permlab.io.tree.ScalarNode;
import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.pals.Background;
import org.permlab.pals.ChannelRange;
import org.permlab.pals.FitSettings;
import org.permlab.pals.FreeVolumeConstants;
import org.permlab.pals.GaussianPeak;
import org.permlab.pals.IntensityConstraint;
import org.permlab.pals.LifetimeComponent;
import org.permlab.pals.Parameter;
import org.permlab.pals.PoreModel;
import org.permlab.pals.Resolution;
import org.permlab.pals.SourceComponent;
import org.permlab.pals.SourceCorrection;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;

/**
 * Reads the PALS settings of a study: {@code analyses: pals:} and the {@code options:} of each
 * {@code pals-spectrum} data file (docs/pals.md lists every key). Errors keep their line and column.
 */
public final class PalsSettingsReader {

    private static final Unit NS = Units.parse("ns");
    private static final Unit PERCENT = Units.parse("%");
    private static final ReferenceState REF = ReferenceState.NORMAL;

    /**
     * Per-spectrum options.
     *
     * @param channelWidthNs the channel width, ns
     * @param format         the layout
     * @param channels       channels to read (Fortran layout)
     * @param selector       which spectrum of a multi-spectrum file (header line or number)
     * @param fitRange       a fit range for this spectrum
     * @param t0Channel      a time-zero for this spectrum
     */
    public record SpectrumOptions(double channelWidthNs, SpectrumFormat format, Optional<Integer> channels,
            Optional<String> selector, Optional<ChannelRange> fitRange, Optional<Parameter> t0Channel) {
    }

    private PalsSettingsReader() {
    }

    /** The analysis settings ({@code analyses: pals:}). */
    public static PalsAnalysis analysis(MapNode m) {
        m.allowOnly("lifetimes", "resolution", "fit_range", "area_range", "t0", "t0_fixed", "background",
                "weighting", "intensity_constraints", "source_correction", "starts", "free_volume", "channel_width");
        List<LifetimeComponent> comps = m.has("lifetimes") ? components(m.list("lifetimes"))
                : List.of(new LifetimeComponent.Exponential(Parameter.free(0.2)),
                        new LifetimeComponent.Exponential(Parameter.free(0.45)),
                        new LifetimeComponent.Exponential(Parameter.free(2.0)));
        List<IntensityConstraint> constraints = new ArrayList<>();
        for (Node n : m.listOrEmpty("intensity_constraints")) {
            constraints.add(constraint(n.asMap(), comps.size()));
        }
        Resolution resolution = m.has("resolution") ? resolution(m.require("resolution"))
                : Resolution.single(0.241);
        Optional<ChannelRange> fit = m.get("fit_range").map(PalsSettingsReader::range);
        Optional<ChannelRange> area = m.get("area_range").map(PalsSettingsReader::range);
        Optional<Parameter> t0 = t0(m);
        Background bg = m.has("background") ? background(m.require("background")) : new Background.Free();
        Weighting w = m.get("weighting").map(n -> n.asScalar().oneOf("poisson", "neyman"))
                .map(s -> s.equals("neyman") ? Weighting.NEYMAN : Weighting.POISSON).orElse(Weighting.POISSON);
        Optional<SourceCorrection> source = m.optMap("source_correction").map(PalsSettingsReader::source);
        int starts = m.get("starts").map(n -> n.asScalar().integer()).orElse(FitSettings.DEFAULT_STARTS);
        if (starts < 1 || starts > 1000) {
            throw m.require("starts").error("expected 1 to 1000 starts, got " + starts);
        }
        PoreModel pore = PoreModel.TaoEldrup.standard();
        double c = FreeVolumeConstants.ffvC().value();
        Optional<Integer> ops = Optional.empty();
        if (m.has("free_volume")) {
            MapNode fv = m.map("free_volume");
            fv.allowOnly("model", "delta_r", "lambda_b", "temperature", "geometry", "c", "component");
            pore = poreModel(fv);
            c = fv.optNumber("c").orElse(c);
            if (fv.has("component")) {
                int k = fv.integer("component");
                if (k < 1 || k > comps.size()) {
                    throw fv.require("component").error("the o-Ps component must be 1 to " + comps.size()
                            + ", got " + k);
                }
                ops = Optional.of(k);
            }
        }
        Optional<Double> width = m.get("channel_width").map(PalsSettingsReader::width);
        try {
            return new PalsAnalysis(comps, constraints, resolution, fit, area, t0, bg, w, source, starts, pore, c,
                    ops, width);
        } catch (InvalidInputException e) {
            throw m.relocate(e);
        }
    }

    /** The {@code options:} of one spectrum file; its channel width may come from the analysis. */
    public static SpectrumOptions spectrumOptions(MapNode o, Optional<Double> defaultWidthNs) {
        o.allowOnly("channel_width", "format", "channels", "spectrum", "fit_range", "t0", "t0_fixed");
        double width = o.get("channel_width").map(PalsSettingsReader::width).or(() -> defaultWidthNs)
                .orElseThrow(() -> o.missing("channel_width"));
        SpectrumFormat format = SpectrumFormat.auto();
        if (o.has("format")) {
            ScalarNode f = o.require("format").asScalar();
            String text = f.string().strip();
            if (text.startsWith("(")) {
                try {
                    format = SpectrumFormat.fortran(text);
                } catch (InvalidInputException e) {
                    throw f.relocate(e);
                }
            } else {
                String kind = f.oneOf("auto", "plain", "csv");
                format = switch (kind) {
                    case "plain" -> SpectrumFormat.plain();
                    case "csv" -> SpectrumFormat.csv();
                    default -> SpectrumFormat.auto();
                };
            }
        }
        Optional<Integer> channels = o.get("channels").map(n -> n.asScalar().integer());
        if (format.kind() == SpectrumFormat.Kind.FORTRAN && channels.isEmpty()) {
            throw o.missing("channels");
        }
        Optional<String> selector = o.optString("spectrum");
        return new SpectrumOptions(width, format, channels, selector, o.get("fit_range").map(
                PalsSettingsReader::range), t0(o));
    }

    private static double width(Node n) {
        double w = n.asScalar().quantity(Dimension.TIME, NS, REF) * 1e9;
        if (!(w > 0)) {
            throw n.error("the channel width must be positive, got " + n.asScalar().text());
        }
        return w;
    }

    private static Optional<Parameter> t0(MapNode m) {
        if (!m.has("t0")) {
            return Optional.empty();
        }
        double v = m.number("t0");
        return Optional.of(m.bool("t0_fixed", false) ? Parameter.fixed(v) : Parameter.free(v));
    }

    private static double ns(Node n) {
        return n.asScalar().quantity(Dimension.TIME, NS, REF) * 1e9;
    }

    private static double pct(Node n) {
        return n.asScalar().quantity(Dimension.DIMENSIONLESS, PERCENT, REF) * 100.0;
    }

    private static List<LifetimeComponent> components(ListNode list) {
        if (list.size() < 1 || list.size() > FitSettings.MAX_COMPONENTS) {
            throw list.error("expected 1 to " + FitSettings.MAX_COMPONENTS + " lifetimes, got " + list.size());
        }
        List<LifetimeComponent> out = new ArrayList<>();
        for (Node n : list) {
            if (n instanceof MapNode m) {
                m.allowOnly("lifetime", "fixed", "sigma", "sigma_fixed", "min", "max");
                double tau = ns(m.require("lifetime"));
                if (!(tau > 0)) {
                    throw m.require("lifetime").error("a lifetime must be positive");
                }
                boolean fixed = m.bool("fixed", false);
                double lo = m.get("min").map(PalsSettingsReader::ns).orElse(Double.NEGATIVE_INFINITY);
                double hi = m.get("max").map(PalsSettingsReader::ns).orElse(Double.POSITIVE_INFINITY);
                if (lo > hi) {
                    throw m.error("min must not exceed max");
                }
                Parameter life = fixed ? Parameter.fixed(tau) : new Parameter(tau, true, lo, hi);
                if (m.has("sigma")) {
                    double sd = ns(m.require("sigma"));
                    if (!(sd >= 0)) {
                        throw m.require("sigma").error("sigma must be >= 0");
                    }
                    boolean sdFixed = m.bool("sigma_fixed", false);
                    double start = sd > 0 || sdFixed ? sd : 0.2 * tau;
                    out.add(new LifetimeComponent.LogNormal(life, sdFixed ? Parameter.fixed(start)
                            : Parameter.free(start)));
                } else {
                    out.add(new LifetimeComponent.Exponential(life));
                }
            } else {
                double tau = ns(n);
                if (!(tau > 0)) {
                    throw n.error("a lifetime must be positive");
                }
                out.add(new LifetimeComponent.Exponential(Parameter.free(tau)));
            }
        }
        return out;
    }

    private static IntensityConstraint constraint(MapNode m, int components) {
        m.allowOnly("component", "intensity", "ratio", "value");
        if (m.has("ratio")) {
            ListNode r = m.list("ratio");
            if (r.size() != 2) {
                throw r.error("expected [numerator, denominator] component numbers");
            }
            int a = r.get(0).asScalar().integer();
            int b = r.get(1).asScalar().integer();
            for (Node k : r) {
                int v = k.asScalar().integer();
                if (v < 1 || v > components) {
                    throw k.error("components are 1 to " + components + ", got " + v);
                }
            }
            try {
                return new IntensityConstraint.FixedRatio(a, b, m.number("value"));
            } catch (InvalidInputException e) {
                throw m.require("value").relocate(e);
            }
        }
        int k = m.integer("component");
        if (k < 1 || k > components) {
            throw m.require("component").error("components are 1 to " + components + ", got " + k);
        }
        try {
            return new IntensityConstraint.FixedIntensity(k, pct(m.require("intensity")));
        } catch (InvalidInputException e) {
            throw m.require("intensity").relocate(e);
        }
    }

    private static Resolution resolution(Node n) {
        if (n instanceof ScalarNode s) {
            double fwhm = ns(s);
            if (!(fwhm > 0)) {
                throw s.error("the FWHM must be positive");
            }
            return Resolution.single(fwhm);
        }
        ListNode list = n.asList();
        if (list.size() < 1 || list.size() > Resolution.MAX_PEAKS) {
            throw list.error("expected 1 to " + Resolution.MAX_PEAKS + " Gaussians, got " + list.size());
        }
        List<GaussianPeak> peaks = new ArrayList<>();
        double sum = 0;
        for (Node item : list) {
            MapNode g = item.asMap();
            g.allowOnly("fwhm", "intensity", "shift", "fwhm_free", "shift_free");
            double fwhm = ns(g.require("fwhm"));
            if (!(fwhm > 0)) {
                throw g.require("fwhm").error("the FWHM must be positive");
            }
            double frac = g.has("intensity") ? pct(g.require("intensity")) / 100.0 : 1.0;
            double shift = g.has("shift") ? ns(g.require("shift")) : 0.0;
            sum += frac;
            peaks.add(new GaussianPeak(g.bool("fwhm_free", false) ? Parameter.free(fwhm) : Parameter.fixed(fwhm),
                    frac, g.bool("shift_free", false) ? Parameter.free(shift) : Parameter.fixed(shift)));
        }
        if (Math.abs(sum - 1.0) > 1e-3) {
            throw list.error("the Gaussian intensities must sum to 100 %, got " + 100 * sum + " %");
        }
        return new Resolution(peaks);
    }

    private static ChannelRange range(Node n) {
        ListNode l = n.asList();
        if (l.size() != 2) {
            throw l.error("expected [first, last] channels");
        }
        int a = l.get(0).asScalar().integer();
        int b = l.get(1).asScalar().integer();
        if (a < 1 || b < a) {
            throw l.error("expected 1 <= first <= last, got [" + a + ", " + b + "]");
        }
        return new ChannelRange(a, b);
    }

    private static Background background(Node n) {
        if (n instanceof MapNode m) {
            m.allowOnly("channels");
            return new Background.FromChannels(range(m.require("channels")));
        }
        ScalarNode s = n.asScalar();
        if (s.string().strip().equalsIgnoreCase("free")) {
            return new Background.Free();
        }
        double v = s.number();
        if (!(v >= 0)) {
            throw s.error("a fixed background must be >= 0 counts per channel, got " + v);
        }
        return new Background.Fixed(v);
    }

    private static SourceCorrection source(MapNode m) {
        m.allowOnly("lifetime", "intensity", "components", "total");
        try {
            if (m.has("components")) {
                List<SourceComponent> comps = new ArrayList<>();
                for (Node n : m.list("components")) {
                    MapNode c = n.asMap();
                    c.allowOnly("lifetime", "sigma", "intensity");
                    comps.add(new SourceComponent(ns(c.require("lifetime")),
                            c.has("sigma") ? ns(c.require("sigma")) : 0.0, pct(c.require("intensity"))));
                }
                return new SourceCorrection(comps, pct(m.require("total")), Optional.empty());
            }
            return SourceCorrection.single(ns(m.require("lifetime")), pct(m.require("intensity")));
        } catch (InvalidInputException e) {
            if (e.source().isPresent()) {
                throw e;
            }
            throw m.relocate(e);
        }
    }

    private static PoreModel poreModel(MapNode fv) {
        String model = fv.get("model").map(n -> n.asScalar().oneOf("tao-eldrup", "rte")).orElse("tao-eldrup");
        try {
            if (model.equals("rte")) {
                double t = fv.quantity("temperature", Dimension.TEMPERATURE, REF);
                PoreModel.Geometry g = fv.get("geometry").map(n -> n.asScalar().oneOf("cube", "channel", "slab"))
                        .map(s -> PoreModel.Geometry.valueOf(s.toUpperCase(java.util.Locale.ROOT)))
                        .orElse(PoreModel.Geometry.CUBE);
                return PoreModel.RectangularTaoEldrup.standard(t, g);
            }
            double dr = fv.get("delta_r").map(n -> n.asScalar().quantity(Dimension.LENGTH, Units.ANGSTROM, REF) * 1e10)
                    .orElse(FreeVolumeConstants.taoEldrupDeltaR().value());
            double lb = fv.optNumber("lambda_b").orElse(FreeVolumeConstants.taoEldrupLambdaB().value());
            return new PoreModel.TaoEldrup(dr, lb);
        } catch (InvalidInputException e) {
            if (e.source().isPresent()) {
                throw e;
            }
            throw fv.relocate(e);
        }
    }
}
