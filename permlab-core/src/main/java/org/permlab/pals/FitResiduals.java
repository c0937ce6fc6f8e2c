package org.permlab.pals;

/**
 * One cycle's fit range channel by channel (what a residual plot or a table of the fit shows).
 *
 * @param cycle     the cycle, 1 or 2
 * @param channels  channel numbers as in the spectrum file
 * @param counts    the data
 * @param model     the fitted model (components, background and source)
 * @param residuals weighted residuals (y - f) sqrt(w)
 * @param source    the source spectrum held fixed (zeros without source correction)
 */
public record FitResiduals(int cycle, int[] channels, double[] counts, double[] model, double[] residuals,
        double[] source) {

    public FitResiduals {
        channels = channels.clone();
        counts = counts.clone();
        model = model.clone();
        residuals = residuals.clone();
        source = source.clone();
    }

    @Override
    public int[] channels() {
        return channels.clone();
    }

    @Override
    public double[] counts() {
        return counts.clone();
    }

    @Override
    public double[] model() {
        return model.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    @Override
    public double[] source() {
        return source.clone();
    }
}
