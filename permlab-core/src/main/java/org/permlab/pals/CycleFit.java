package org.permlab.pals;

import java.util.List;

import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.quantity.Measured;

/**
 * One cycle of a lifetime fit (the only one without source correction; the first, uncorrected, and the second,
 * source-corrected, with it). Standard deviations are from the unscaled inverse of J^T W J; the mean lifetime's
 * and the intensities' from the full covariance (CONVENTIONS §4).
 *
 * @param cycle              1 or 2
 * @param components         the fitted components, in the order given
 * @param background         counts per channel (SD 0 when fixed; the counting SD when estimated from a range)
 * @param backgroundMode     "free", "fixed" or "channels a..b"
 * @param t0Channel          time-zero, channels
 * @param resolution         the resolution function (fitted where it was free)
 * @param meanLifetimeNs     sum_j I_j tau_j, ns
 * @param chiSquare          sum w (y - f)^2 over the fit range, w = 1/f (Poisson) or 1/max(y, 1) (Neyman)
 * @param dof                fitted bins minus free parameters
 * @param deviance           Poisson deviance (or Neyman chi-square) at the optimum
 * @param significancePct    100 CDF_chi2(chi2, dof): PALSfit's "significance of imperfect model"
 * @param fitArea            model counts over the area range (components, background and source)
 * @param dataArea           data counts over the area range
 * @param fitRange           the channels fitted
 * @param areaRange          the channels of the area comparison
 * @param parameterNames     names of the free parameters, in the order of {@code correlation}
 * @param correlation        correlation matrix of the free parameters
 * @param counts             data over the fit range
 * @param model              fitted model over the fit range (including background and source)
 * @param residuals          weighted residuals (y - f) sqrt(w) over the fit range
 * @param sourceCounts       the source spectrum held fixed over the fit range (zeros without source correction)
 * @param sourceArea         the source spectrum's total counts (0 without source correction)
 * @param fittedModel        the fitted sample model (components and background, without the source)
 * @param converged          whether the final Levenberg-Marquardt run met its convergence test
 * @param iterations         its iterations
 * @param startsTried        starts of the global stage
 * @param weighting          the criterion
 * @param warnings           what a careful analyst should look at
 */
public record CycleFit(int cycle, List<FittedComponent> components, Measured background, String backgroundMode,
        Measured t0Channel, List<FittedPeak> resolution, Measured meanLifetimeNs, double chiSquare, int dof,
        double deviance, double significancePct, double fitArea, double dataArea, ChannelRange fitRange,
        ChannelRange areaRange, List<String> parameterNames, double[][] correlation, double[] counts, double[] model,
        double[] residuals, double[] sourceCounts, double sourceArea, SpectrumModel fittedModel, boolean converged,
        int iterations, int startsTried, Weighting weighting, List<String> warnings) {

    public CycleFit {
        components = List.copyOf(components);
        resolution = List.copyOf(resolution);
        parameterNames = List.copyOf(parameterNames);
        warnings = List.copyOf(warnings);
        correlation = copy(correlation);
        counts = counts.clone();
        model = model.clone();
        residuals = residuals.clone();
        sourceCounts = sourceCounts.clone();
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** A copy of the correlation matrix. */
    @Override
    public double[][] correlation() {
        return copy(correlation);
    }

    /** A copy of the data over the fit range. */
    @Override
    public double[] counts() {
        return counts.clone();
    }

    /** A copy of the fitted model over the fit range. */
    @Override
    public double[] model() {
        return model.clone();
    }

    /** A copy of the weighted residuals over the fit range. */
    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    /** A copy of the source spectrum over the fit range. */
    @Override
    public double[] sourceCounts() {
        return sourceCounts.clone();
    }

    /**
     * The fit range channel by channel, for plotting and tables: channel numbers as the file numbers them (permlab's
     * channel k is the file's {@code k + firstChannelInFile - 1}), counts, model, weighted residual and source.
     */
    public FitResiduals residualTable(int firstChannelInFile) {
        int[] channels = new int[counts.length];
        for (int k = 0; k < channels.length; k++) {
            channels[k] = fitRange.first() + k + firstChannelInFile - 1;
        }
        return new FitResiduals(cycle, channels, counts, model, residuals, sourceCounts);
    }

    /** chi2 / dof. */
    public double reducedChiSquare() {
        return chiSquare / dof;
    }

    /** The standard deviation of the reduced chi-square of a correct model: sqrt(2 / dof). */
    public double reducedChiSquareSd() {
        return Math.sqrt(2.0 / dof);
    }

    /** The lifetimes, ns, in component order. */
    public double[] lifetimesNs() {
        return components.stream().mapToDouble(c -> c.lifetimeNs().value()).toArray();
    }

    /** The intensities, %, in component order. */
    public double[] intensitiesPct() {
        return components.stream().mapToDouble(c -> c.intensityPct().value()).toArray();
    }
}
