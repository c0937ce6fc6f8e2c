/**
 * Positron annihilation lifetime spectroscopy (PALS): the lifetime-spectrum model, its fit as POSITRONFIT and
 * RESOLUTIONFIT do it, source correction, simulation, and the conversion of the o-Ps lifetime to a cavity size
 * and a fractional free volume.
 *
 * <p>Units: lifetimes, widths and shifts in ns, time-zero in channels, sizes in angstrom, intensities in percent;
 * each name says which.
 *
 * <p>The model and its conventions follow CONVENTIONS §4 and the PALSfit3 manual (P. Kirkegaard, J. V. Olsen,
 * M. Eldrup, "PALSfit3: a software package for analysing positron lifetime spectra", DTU 2017; P. Kirkegaard,
 * N. J. Pedersen, M. Eldrup, PATFIT-88, Risø-M-2740, 1989): a sum of exponentials (optionally log-normally
 * broadened) convolved with a sum of shifted Gaussians, integrated over channels, plus a constant background.
 * Fitting is Poisson maximum likelihood with the linear parameters eliminated (variable projection,
 * {@link org.permlab.numerics.SeparableFitter}). Cavity sizes use the Tao-Eldrup model (S. J. Tao, J. Chem. Phys. 56
 * (1972) 5499; M. Eldrup, D. Lightbody, J. N. Sherwood, Chem. Phys. 63 (1981) 51) or its rectangular extension
 * (T. L. Dull et al., J. Phys. Chem. B 105 (2001) 4657; D. W. Gidley et al., Annu. Rev. Mater. Res. 36 (2006)
 * 49), and the fractional free volume FFV = C (4/3) pi R^3 I3 (Y. C. Jean, Microchem. J. 42 (1990) 72), as in the
 * seed paper (eqs. 1 and 2). Literature constants are in {@code free-volume.tsv} with their sources.
 *
 * <p>Entry points: {@link org.permlab.pals.LifetimeFitter#fit}, {@link org.permlab.pals.SpectrumSimulator},
 * {@link org.permlab.pals.FreeVolume#fromLifetime}.
 */
package org.permlab.pals;
