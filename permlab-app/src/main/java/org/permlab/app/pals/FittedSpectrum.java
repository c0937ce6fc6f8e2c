package org.permlab.app.pals;

import java.util.List;
import java.util.Optional;

import org.permlab.io.pals.SpectrumFile;
import org.permlab.pals.FitResiduals;
import org.permlab.pals.FreeVolume;
import org.permlab.pals.LifetimeFit;

/**
 * What {@code pals fit --json} prints for one spectrum (and writes to {@code NAME-fit.json}): the spectrum as read,
 * the fit (every cycle; the last is the result) and, when asked for, the free volume from the o-Ps component and the
 * fit range channel by channel of every cycle. The records are core's and io's, serialised as themselves.
 *
 * @param spectrum   the spectrum as read
 * @param fit        the fit
 * @param freeVolume the free volume ({@code --free-volume})
 * @param residuals  counts, model and residuals per channel of each cycle ({@code --residuals})
 */
public record FittedSpectrum(SpectrumFile spectrum, LifetimeFit fit, Optional<FreeVolume> freeVolume,
        Optional<List<FitResiduals>> residuals) {

    public FittedSpectrum {
        residuals = residuals.map(List::copyOf);
    }
}
