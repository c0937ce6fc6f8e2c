package org.permlab.pals;

import java.util.List;

import org.permlab.error.InvalidInputException;

/**
 * The time-resolution function: a sum of up to five shifted Gaussians whose fractions sum to 1.
 *
 * @param peaks the Gaussians
 */
public record Resolution(List<GaussianPeak> peaks) {

    /** At most five Gaussians, as PALSfit allows. */
    public static final int MAX_PEAKS = 5;

    public Resolution {
        peaks = List.copyOf(peaks);
        if (peaks.isEmpty() || peaks.size() > MAX_PEAKS) {
            throw InvalidInputException.of("resolution", "expected 1 to " + MAX_PEAKS + " Gaussians, got "
                    + peaks.size());
        }
        double sum = 0.0;
        for (int p = 0; p < peaks.size(); p++) {
            GaussianPeak g = peaks.get(p);
            if (!(g.fwhmNs().value() > 0)) {
                throw InvalidInputException.of("resolution.fwhm[" + (p + 1) + "]", "must be positive, got "
                        + g.fwhmNs().value() + " ns");
            }
            if (!(g.fraction() > 0) || g.fraction() > 1) {
                throw InvalidInputException.of("resolution.intensity[" + (p + 1) + "]",
                        "must be between 0 and 100 %, got " + 100 * g.fraction() + " %");
            }
            sum += g.fraction();
        }
        if (Math.abs(sum - 1.0) > 1e-3) {
            throw InvalidInputException.of("resolution", "the Gaussian intensities must sum to 100 %, got "
                    + 100 * sum + " %");
        }
    }

    /** A single fixed Gaussian of the given FWHM, centred at T0. */
    public static Resolution single(double fwhmNs) {
        return new Resolution(List.of(GaussianPeak.fixed(fwhmNs, 1.0, 0.0)));
    }

    /** Whether any width or shift is to be fitted (RESOLUTIONFIT). */
    public boolean hasFreeParameters() {
        return peaks.stream().anyMatch(g -> g.fwhmNs().free() || g.shiftNs().free());
    }
}
