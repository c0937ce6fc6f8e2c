/**
 * The {@code pals} verbs ({@code fit}, {@code resolution-fit}, {@code simulate}, {@code free-volume}) and the
 * report section {@code pals}: reading spectra and POSITRONFIT control files through {@link org.permlab.io.pals},
 * fitting them with {@link org.permlab.pals.LifetimeFitter}, and showing every number with its SD, unit and
 * convention (CONVENTIONS §4; the seed paper's eqs. 1-2 and Fig. 4a). Several spectra go through
 * {@link org.permlab.app.cli.Batch}. docs/pals.md is the user's documentation.
 */
package org.permlab.app.pals;
