package org.permlab.pals;

import java.util.List;

import org.permlab.result.Conventions;

/**
 * The result of fitting one spectrum: one cycle, or two with source correction, the last being final.
 *
 * @param spectrumLabel  the spectrum's label
 * @param channelWidthNs its channel width, ns
 * @param cycles         the cycles in order; the last is the result
 * @param settings       what was fitted
 * @param conventions    the conventions of the fit ({@link FitSettings#conventions()})
 */
public record LifetimeFit(String spectrumLabel, double channelWidthNs, List<CycleFit> cycles, FitSettings settings,
        Conventions conventions) {

    public LifetimeFit {
        cycles = List.copyOf(cycles);
    }

    /** The final cycle. */
    public CycleFit result() {
        return cycles.get(cycles.size() - 1);
    }
}
