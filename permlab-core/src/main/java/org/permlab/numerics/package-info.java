/**
 * Thin, tested numerical building blocks that Hipparchus lacks.
 *
 * <p>{@link org.permlab.numerics.BandedMatrix} is a banded matrix with an in-place LU factorisation with partial
 * pivoting, the algorithm of LAPACK's {@code dgbtf2}/{@code dgbtrs} (Anderson et al., LAPACK Users' Guide, 3rd ed.,
 * SIAM 1999, §5.3.2; Golub and Van Loan, Matrix Computations, 4th ed., §4.3). It makes a Newton step on a
 * discretised two-point boundary problem (a counter-current membrane module with hundreds of nodes) cost
 * O(n (k_l + k_u) k_l) instead of the O(n^3) of a dense factorisation.
 */
package org.permlab.numerics;
