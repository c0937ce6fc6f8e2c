/**
 * Trade-off plots: permeability-selectivity upper bounds, membrane performance points, and how far a point is from
 * a bound.
 *
 * <p>An upper bound is the empirical line P_fast = k alpha^n (k in Barrer, n &lt; 0) drawn by Robeson through the
 * best dense polymer films (L. M. Robeson, J. Membr. Sci. 62 (1991) 165; J. Membr. Sci. 320 (2008) 390) and
 * revised with polymers of intrinsic microporosity (Swaidan et al., ACS Macro Lett. 4 (2015) 947; Comesaña-Gándara
 * et al., Energy Environ. Sci. 12 (2019) 2733). Freeman's equivalent form alpha = beta / P^lambda (B. D. Freeman,
 * Macromolecules 32 (1999) 375) has lambda = -1/n and beta = k^(-1/n). The lines live in
 * {@code org/permlab/tradeoff/upper-bounds.tsv}, each with its source; {@link org.permlab.tradeoff.UpperBounds}
 * loads them.
 *
 * <p>A {@link org.permlab.tradeoff.TradeOffPoint} is one membrane's performance for one gas pair (from the
 * literature or from the study); {@link org.permlab.tradeoff.TradeOff#place} converts between permeance and
 * permeability through the selective-layer thickness (P = permeance x l; 1 Barrer / 1 um = 1 GPU) and compares the
 * point with every bound of its pair: the distance d = P / (k alpha^n) (d &gt; 1 above the line) and the
 * selectivity gap at equal permeability, alpha - alpha_UB(P) with alpha_UB(P) = (P/k)^(1/n); their ratio
 * r = alpha / alpha_UB(P) equals d^(-1/n) exactly.
 *
 * <p>The bounds describe dense polymer films. Comparing a supported MOF or glass membrane with them assumes the
 * thickness given is the selective layer's, which is the convention of the MOF literature (and of the seed paper's
 * Fig. 7, which plots permeance).
 */
package org.permlab.tradeoff;
