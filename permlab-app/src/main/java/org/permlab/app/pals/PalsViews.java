package org.permlab.app.pals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.io.pals.SpectrumFile;
import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.pals.CycleFit;
import org.permlab.pals.FitSettings;
import org.permlab.pals.FittedComponent;
import org.permlab.pals.FittedPeak;
import org.permlab.pals.FreeVolume;
import org.permlab.pals.LifetimeFit;
import org.permlab.pals.PoreModel;
import org.permlab.pals.SourceComponent;

/**
 * What {@code --json} and {@code results.json} show of a lifetime fit: flat arrays in ns and %, each value next to
 * its SD, and a {@code conventions} entry. No arithmetic beyond unit scaling happens here.
 */
public final class PalsViews {

    private PalsViews() {
    }

    /** One Gaussian of the resolution function. */
    public record PeakView(double fwhmNs, double fwhmSdNs, double fractionPct, double shiftNs, double shiftSdNs) {
    }

    /** Residuals for plotting: channel numbers (as in the file), counts, model (with source), weighted residual. */
    public record ResidualsView(int[] channels, double[] counts, double[] model, double[] residuals,
            double[] source) {
    }

    /**
     * One cycle. Keys: {@code lifetimes_ns}, {@code lifetimes_sd_ns}, {@code intensities_pct},
     * {@code intensities_sd_pct}, {@code background}, {@code background_sd}, {@code t0_channel}, {@code t0_sd},
     * {@code mean_lifetime_ns}, {@code mean_lifetime_sd_ns}, {@code chi2}, {@code dof}, {@code reduced_chi2},
     * {@code significance_pct}, {@code converged}, {@code warnings}.
     */
    public record CycleView(int cycle, double[] lifetimesNs, double[] lifetimesSdNs, double[] intensitiesPct,
            double[] intensitiesSdPct, Optional<double[]> logNormalSdNs, Optional<double[]> logNormalSdSdNs,
            boolean[] lifetimeFixed, double[] areas, double[] areasSd, double background, double backgroundSd,
            String backgroundMode, double t0Channel, double t0Sd, List<PeakView> resolution, double meanLifetimeNs,
            double meanLifetimeSdNs, double chi2, int dof, double reducedChi2, double reducedChi2Sd,
            double significancePct, double fitArea, double dataArea, int[] fitRange, int[] areaRange,
            Optional<Double> sourceArea, List<String> correlationNames, double[][] correlation, boolean converged,
            int iterations, int starts, String weighting, List<String> warnings,
            Optional<ResidualsView> residuals) {
    }

    /** Cavity size and free volume from tau3. */
    public record FreeVolumeView(int component, double tau3Ns, double tau3SdNs, Optional<Double> i3Pct,
            Optional<Double> i3SdPct, String sizeName, double sizeAngstrom, double sizeSdAngstrom,
            double radiusAngstrom, double radiusSdAngstrom, double diameterAngstrom, double diameterSdAngstrom,
            Optional<Double> ffvPct, Optional<Double> ffvSdPct, String model) {
    }

    /** The spectrum that was fitted. */
    public record SpectrumView(String file, String label, int channels, double channelWidthNs, String layout,
            int firstChannelInFile, List<String> notes) {
    }

    /** A fit: the final cycle's values at the top, every cycle under {@code cycles}. */
    public record FitView(SpectrumView spectrum, double[] lifetimesNs, double[] lifetimesSdNs, double[] intensitiesPct,
            double[] intensitiesSdPct, double background, double backgroundSd, double t0Channel, double t0Sd,
            double meanLifetimeNs, double meanLifetimeSdNs, double chi2, int dof, double reducedChi2,
            double reducedChi2Sd, double significancePct, boolean converged, List<String> warnings,
            List<CycleView> cycles, Optional<FreeVolumeView> freeVolume, Map<String, Object> conventions) {
    }

    /** The conventions a fit used (CONVENTIONS §4), for its {@code conventions} entry. */
    public static Map<String, Object> conventions(FitSettings s) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("channel_time", "channel k spans channel-time [k-1, k]; t = (k - T0) x width; T0 in channels, "
                + "channels numbered from 1 as in the file");
        c.put("resolution", "sum of Gaussians, Gaussian p centred at T0 + shift_p; sigma = FWHM / 2.3548");
        c.put("weighting", s.weighting() == Weighting.POISSON
                ? "Poisson maximum likelihood: weights 1/f from the model, iterated; chi2 = sum (y - f)^2 / f"
                : "Neyman chi-square: weights 1/max(y, 1) from the counts (biases the background low on low counts)");
        c.put("uncertainties", "one SD from the unscaled inverse of J^T W J; intensities and mean lifetime from the "
                + "full covariance");
        c.put("significance", "100 CDF_chi2(chi2, dof): the 'significance of imperfect model'");
        c.put("intensities", "% of the summed component area (source excluded)");
        c.put("background", "counts per channel");
        c.put("starts", s.starts() + " deterministic starts (an even log spread and Halton points, lifetimes "
                + "log-uniform from 0.08 ns to 0.4 of the fit window) plus the guesses, on a binned copy; the best "
                + "refined on all channels");
        s.sourceCorrection().ifPresent(sc -> {
            StringBuilder b = new StringBuilder("two cycles; source components ");
            for (SourceComponent x : sc.components()) {
                b.append(x.lifetimeNs()).append(" ns (").append(x.intensityPercent()).append(" %) ");
            }
            b.append("at ").append(sc.totalPercent()).append(" % of the first cycle's net area, built with the first "
                    + "cycle's T0; variances of the uncorrected counts");
            c.put("source_correction", b.toString());
        });
        return c;
    }

    /** The view of one cycle. */
    public static CycleView cycle(CycleFit c, boolean withResiduals, int firstChannelInFile) {
        int n = c.components().size();
        double[] tau = new double[n];
        double[] tauSd = new double[n];
        double[] pct = new double[n];
        double[] pctSd = new double[n];
        double[] area = new double[n];
        double[] areaSd = new double[n];
        boolean[] fixed = new boolean[n];
        boolean anyLn = c.components().stream().anyMatch(x -> x.sdNs().isPresent());
        double[] ln = new double[n];
        double[] lnSd = new double[n];
        for (int j = 0; j < n; j++) {
            FittedComponent f = c.components().get(j);
            tau[j] = f.lifetimeNs().value();
            tauSd[j] = f.lifetimeNs().sd();
            pct[j] = f.intensityPct().value();
            pctSd[j] = f.intensityPct().sd();
            area[j] = f.area().value();
            areaSd[j] = f.area().sd();
            fixed[j] = f.lifetimeFixed();
            ln[j] = f.sdNs().map(m -> m.value()).orElse(0.0);
            lnSd[j] = f.sdNs().map(m -> m.sd()).orElse(0.0);
        }
        List<PeakView> peaks = new ArrayList<>();
        for (FittedPeak p : c.resolution()) {
            peaks.add(new PeakView(p.fwhmNs().value(), p.fwhmNs().sd(), 100 * p.fraction(), p.shiftNs().value(),
                    p.shiftNs().sd()));
        }
        Optional<ResidualsView> residuals = Optional.empty();
        if (withResiduals) {
            int[] ch = new int[c.counts().length];
            for (int k = 0; k < ch.length; k++) {
                ch[k] = c.fitRange().first() + k + firstChannelInFile - 1;
            }
            residuals = Optional.of(new ResidualsView(ch, c.counts(), c.model(), c.residuals(), c.sourceCounts()));
        }
        return new CycleView(c.cycle(), tau, tauSd, pct, pctSd, anyLn ? Optional.of(ln) : Optional.empty(),
                anyLn ? Optional.of(lnSd) : Optional.empty(), fixed, area, areaSd, c.background().value(),
                c.background().sd(), c.backgroundMode(), c.t0Channel().value(), c.t0Channel().sd(), peaks,
                c.meanLifetimeNs().value(), c.meanLifetimeNs().sd(), c.chiSquare(), c.dof(), c.reducedChiSquare(),
                c.reducedChiSquareSd(), c.significancePct(), c.fitArea(), c.dataArea(),
                new int[] {c.fitRange().first(), c.fitRange().last()},
                new int[] {c.areaRange().first(), c.areaRange().last()},
                c.sourceArea() > 0 ? Optional.of(c.sourceArea()) : Optional.empty(), c.parameterNames(),
                c.correlation(), c.converged(), c.iterations(), c.startsTried(),
                c.weighting() == Weighting.POISSON ? "poisson" : "neyman", c.warnings(), residuals);
    }

    /** The view of a fit. */
    public static FitView fit(SpectrumFile file, LifetimeFit fit, boolean withResiduals,
            Optional<FreeVolumeView> freeVolume) {
        List<CycleView> cycles = new ArrayList<>();
        for (CycleFit c : fit.cycles()) {
            cycles.add(cycle(c, withResiduals, file.firstChannelInFile()));
        }
        CycleView f = cycles.get(cycles.size() - 1);
        SpectrumView sv = new SpectrumView(file.source(), file.spectrum().label(), file.spectrum().channels(),
                file.spectrum().channelWidthNs(), file.layout(), file.firstChannelInFile(), file.notes());
        Map<String, Object> conv = conventions(fit.settings());
        freeVolume.ifPresent(v -> conv.put("free_volume", v.model() + "; FFV = C (4/3) pi R^3 I3"));
        return new FitView(sv, f.lifetimesNs(), f.lifetimesSdNs(), f.intensitiesPct(), f.intensitiesSdPct(),
                f.background(), f.backgroundSd(), f.t0Channel(), f.t0Sd(), f.meanLifetimeNs(), f.meanLifetimeSdNs(),
                f.chi2(), f.dof(), f.reducedChi2(), f.reducedChi2Sd(), f.significancePct(), f.converged(),
                f.warnings(), cycles, freeVolume, conv);
    }

    /** The view of a free-volume result. */
    public static FreeVolumeView freeVolume(int component, FreeVolume v) {
        PoreModel m = v.model();
        return new FreeVolumeView(component, v.tau3Ns().value(), v.tau3Ns().sd(), v.i3Pct().map(x -> x.value()),
                v.i3Pct().map(x -> x.sd()), m.sizeName(), v.sizeAngstrom().value(), v.sizeAngstrom().sd(),
                v.radiusAngstrom().value(), v.radiusAngstrom().sd(), v.diameterAngstrom().value(),
                v.diameterAngstrom().sd(), v.ffvPct().map(x -> x.value()), v.ffvPct().map(x -> x.sd()),
                m.describe() + (v.ffvPct().isPresent() ? "; C = " + v.ffvC() : ""));
    }
}
