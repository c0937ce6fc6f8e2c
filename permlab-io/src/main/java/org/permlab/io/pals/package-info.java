/**
 * Positron-lifetime file formats: spectra (plain counts, channel/counts CSV, fixed-width layouts described by a
 * Fortran format such as {@code (/,(i6,9i7))}), PALSfit3 POSITRONFIT/RESOLUTIONFIT control files (P. Kirkegaard,
 * J. V. Olsen, M. Eldrup, PALSfit3, DTU 2017; spectrum-file conventions of palsfit.dk), and the PALS settings of a
 * study. Parsing and validation only: every error names file, line, column and field.
 */
package org.permlab.io.pals;
