/**
 * Thin, tested numerical tools that Hipparchus does not provide: the scaled complementary error function
 * ({@link org.permlab.numerics.Erfcx}, after Shepherd and Laframboise, Math. Comp. 36 (1981) 249) and a
 * separable (variable-projection) Levenberg-Marquardt fitter for models that are linear in some parameters and
 * non-linear in others, with Poisson maximum-likelihood or Neyman weighting
 * ({@link org.permlab.numerics.SeparableFitter}; G. H. Golub and V. Pereyra, Inverse Problems 19 (2003) R1;
 * L. Kaufman, BIT 15 (1975) 49).
 */
package org.permlab.numerics;
