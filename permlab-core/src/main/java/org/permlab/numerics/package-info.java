/**
 * Thin, tested numerical building blocks that Hipparchus lacks.
 *
 * <ul>
 * <li>{@link org.permlab.numerics.Erfcx}: the scaled complementary error function exp(x^2) erfc(x) (after Shepherd
 * and Laframboise, Math. Comp. 36 (1981) 249).</li>
 * <li>{@link org.permlab.numerics.SeparableFitter}: a separable (variable-projection) Levenberg-Marquardt fitter for
 * models that are linear in some parameters and non-linear in others, with Poisson maximum-likelihood or Neyman
 * weighting (G. H. Golub and V. Pereyra, Inverse Problems 19 (2003) R1; L. Kaufman, BIT 15 (1975) 49).</li>
 * <li>{@link org.permlab.numerics.BandedMatrix}: a banded matrix with an in-place LU factorisation with partial
 * pivoting, the algorithm of LAPACK's {@code dgbtf2}/{@code dgbtrs} (Anderson et al., LAPACK Users' Guide, 3rd ed.,
 * SIAM 1999, §5.3.2; Golub and Van Loan, Matrix Computations, 4th ed., §4.3). It makes a Newton step on a
 * discretised two-point boundary problem (a counter-current membrane module with hundreds of nodes) cost
 * O(n (k_l + k_u) k_l) instead of the O(n^3) of a dense factorisation.</li>
 * </ul>
 */
package org.permlab.numerics;
