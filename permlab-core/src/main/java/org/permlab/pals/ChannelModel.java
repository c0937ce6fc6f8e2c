package org.permlab.pals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.analysis.integration.gauss.SymmetricGaussIntegrator;
import org.permlab.numerics.Erfcx;
import org.permlab.numerics.SeparableFitter;

/**
 * The lifetime-spectrum model integrated over bins (CONVENTIONS §4), as a separable model: one column per lifetime
 * component (unit area) and one for the background (the bin width in channels).
 *
 * <p>A bin spans channel-time [e_i, e_{i+1}] (channel k is [k-1, k]); its content from a component of area A is
 * A sum_p w_p [G(t_i - s_p) - G(t_{i+1} - s_p)] with t = (e - T0) w, and
 * G(t) = 1/2 [exp(sigma^2/(2 tau^2) - t/tau) erfc(sigma/(sqrt2 tau) - t/(sqrt2 sigma)) + erfc(t/(sqrt2 sigma))],
 * the probability that the annihilation (exponential delay convolved with the Gaussian) happens after t. Where
 * u = sigma/(sqrt2 tau) - t/(sqrt2 sigma) &ge; 0 the first term is written exp(-t^2/(2 sigma^2)) erfcx(u), which
 * neither overflows nor underflows early. The derivatives are analytic:
 * dG/dt = -E/(2 tau), dG/dtau = 1/2 [E (t/tau^2 - sigma^2/tau^3) + sqrt(2/pi) (sigma/tau^2) exp(-t^2/(2 sigma^2))],
 * dG/dsigma = 1/2 [E sigma/tau^2 - sqrt(2/pi) exp(-t^2/(2 sigma^2))/tau], E being the first term in brackets.
 *
 * <p>Not thread-safe (scratch arrays); one instance per fit.
 */
final class ChannelModel implements SeparableFitter.Model {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);

    /** The default lower bound of a free lifetime, ns (no positron state lives shorter than about 0.1 ns). */
    static final double MIN_LIFETIME_NS = 0.02;

    /** What a full parameter is. */
    enum Kind { LIFETIME, LOG_NORMAL_SD, T0, FWHM, SHIFT }

    /** One parameter of the full model. */
    record Slot(Kind kind, int index, String name, Parameter parameter) {
    }

    private final double[] edges;
    private final double widthNs;
    private final List<LifetimeComponent> components;
    private final Resolution resolution;
    private final List<Slot> slots = new ArrayList<>();
    private final int[] freeIndexOfSlot;
    private final int[] slotOfFree;
    private final int[][] pattern;
    private final int nComp;
    private final double[] ghPoints;
    private final double[] ghWeights;
    // slot indices
    private final int[] lifetimeSlot;
    private final int[] sdSlot;
    private final int t0Slot;
    private final int[] fwhmSlot;
    private final int[] shiftSlot;
    /**
     * The cut-off of a Gaussian's window: beyond |t - s| = V_CUT sqrt2 sigma, exp(-v^2) &lt; 5e-19 and erfc(v) is
     * 0 or 2 to 2e-19, both dropped. That changes a bin's content by less than 1e-18 of a component's area, far
     * below the rounding of any count (a test compares it with a cut-off of 12).
     */
    static final double V_CUT = 6.5;
    private final boolean uniform;
    private final double cutoff;
    // scratch: per Gaussian
    private final double[] sigma;
    private final double[] shift;
    private final double[] weight;
    private final double[] kk;
    private final int[] iFwhm;
    private final int[] iShift;
    private final int[] lo;
    private final int[] hi;
    private final double[][] tt;
    private final double[][] vv;
    private final double[][] qq;
    private final double[][] erfcV;
    private final double[][] dtP;
    private final double[][] dSigP;
    // scratch: per edge
    private final double[] gB;
    private final double[] dTauB;
    private final double[] dtB;

    /**
     * @param edges      bin edges in channel-time (channel k is [k-1, k]); bins are [edges[i], edges[i+1]]
     * @param widthNs    channel width, ns
     * @param components the lifetime components (values and free/fixed flags)
     * @param resolution the resolution function (values and flags)
     * @param t0         time-zero, channels (value and flag)
     * @param nodes      Gauss-Hermite nodes for log-normal components
     */
    ChannelModel(double[] edges, double widthNs, List<LifetimeComponent> components, Resolution resolution,
            Parameter t0, int nodes) {
        this(edges, widthNs, components, resolution, t0, nodes, V_CUT);
    }

    /**
     * As above, with the cut-off of the Gaussians' windows in units of sqrt2 sigma (tests compare cut-offs).
     */
    ChannelModel(double[] edges, double widthNs, List<LifetimeComponent> components, Resolution resolution,
            Parameter t0, int nodes, double cutoff) {
        this.cutoff = cutoff;
        this.edges = edges.clone();
        this.widthNs = widthNs;
        this.components = List.copyOf(components);
        this.resolution = resolution;
        this.nComp = components.size();
        lifetimeSlot = new int[nComp];
        sdSlot = new int[nComp];
        Arrays.fill(sdSlot, -1);
        for (int j = 0; j < nComp; j++) {
            LifetimeComponent c = components.get(j);
            lifetimeSlot[j] = add(Kind.LIFETIME, j, "lifetime " + (j + 1), c.lifetimeNs());
            if (c instanceof LifetimeComponent.LogNormal ln) {
                sdSlot[j] = add(Kind.LOG_NORMAL_SD, j, "log-normal sigma " + (j + 1), ln.sdNs());
            }
        }
        t0Slot = add(Kind.T0, 0, "T0", t0);
        int np = resolution.peaks().size();
        fwhmSlot = new int[np];
        shiftSlot = new int[np];
        for (int p = 0; p < np; p++) {
            GaussianPeak g = resolution.peaks().get(p);
            fwhmSlot[p] = add(Kind.FWHM, p, "FWHM " + (p + 1), g.fwhmNs());
            shiftSlot[p] = add(Kind.SHIFT, p, "shift " + (p + 1), g.shiftNs());
        }
        freeIndexOfSlot = new int[slots.size()];
        List<Integer> free = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            if (slots.get(s).parameter().free()) {
                freeIndexOfSlot[s] = free.size();
                free.add(s);
            } else {
                freeIndexOfSlot[s] = -1;
            }
        }
        slotOfFree = free.stream().mapToInt(Integer::intValue).toArray();
        pattern = new int[slotOfFree.length][];
        int[] all = new int[nComp];
        for (int j = 0; j < nComp; j++) {
            all[j] = j;
        }
        for (int i = 0; i < slotOfFree.length; i++) {
            Slot s = slots.get(slotOfFree[i]);
            pattern[i] = switch (s.kind()) {
                case LIFETIME, LOG_NORMAL_SD -> new int[] {s.index()};
                case T0, FWHM, SHIFT -> all.clone();
            };
        }
        boolean anyLogNormal = components.stream().anyMatch(c -> c instanceof LifetimeComponent.LogNormal);
        if (anyLogNormal) {
            SymmetricGaussIntegrator gh = new GaussIntegratorFactory().hermite(nodes);
            ghPoints = new double[nodes];
            ghWeights = new double[nodes];
            for (int i = 0; i < nodes; i++) {
                ghPoints[i] = gh.getPoint(i);
                ghWeights[i] = gh.getWeight(i) / Math.sqrt(Math.PI);
            }
        } else {
            ghPoints = new double[0];
            ghWeights = new double[0];
        }
        int ne = edges.length;
        sigma = new double[np];
        shift = new double[np];
        weight = new double[np];
        kk = new double[np];
        iFwhm = new int[np];
        iShift = new int[np];
        lo = new int[np];
        hi = new int[np];
        tt = new double[np][ne];
        vv = new double[np][ne];
        qq = new double[np][ne];
        erfcV = new double[np][ne];
        dtP = new double[np][ne];
        dSigP = new double[np][ne];
        gB = new double[ne];
        dTauB = new double[ne];
        dtB = new double[ne];
        boolean even = true;
        for (int b = 2; b < ne; b++) {
            even &= Math.abs((edges[b] - edges[b - 1]) - (edges[1] - edges[0])) < 1e-9;
        }
        uniform = even;
    }

    private int add(Kind kind, int index, String name, Parameter p) {
        slots.add(new Slot(kind, index, name, p));
        return slots.size() - 1;
    }

    List<Slot> slots() {
        return slots;
    }

    /** The full-slot index of free parameter i. */
    int slotOfFree(int i) {
        return slotOfFree[i];
    }

    int lifetimeSlot(int j) {
        return lifetimeSlot[j];
    }

    int sdSlot(int j) {
        return sdSlot[j];
    }

    int t0Slot() {
        return t0Slot;
    }

    int fwhmSlot(int p) {
        return fwhmSlot[p];
    }

    int shiftSlot(int p) {
        return shiftSlot[p];
    }

    /** The start vector of the free parameters (their given values). */
    double[] freeStart() {
        double[] x = new double[slotOfFree.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = slots.get(slotOfFree[i]).parameter().value();
        }
        return x;
    }

    double[] freeLower() {
        double[] x = new double[slotOfFree.length];
        for (int i = 0; i < x.length; i++) {
            Slot s = slots.get(slotOfFree[i]);
            x[i] = Math.max(s.parameter().lower(), naturalLower(s.kind()));
        }
        return x;
    }

    double[] freeUpper() {
        double[] x = new double[slotOfFree.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = slots.get(slotOfFree[i]).parameter().upper();
        }
        return x;
    }

    /** Physical lower limits: lifetimes and widths positive, sigmas non-negative. */
    private static double naturalLower(Kind k) {
        return switch (k) {
            case LIFETIME -> MIN_LIFETIME_NS;
            case FWHM -> 1e-4;
            case LOG_NORMAL_SD -> 0.0;
            case T0, SHIFT -> Double.NEGATIVE_INFINITY;
        };
    }

    /** Every parameter's value: the fixed ones as given, the free ones from theta. */
    double[] fullValues(double[] theta) {
        double[] v = new double[slots.size()];
        for (int s = 0; s < v.length; s++) {
            int i = freeIndexOfSlot[s];
            v[s] = i >= 0 ? theta[i] : slots.get(s).parameter().value();
        }
        return v;
    }

    @Override
    public int bins() {
        return edges.length - 1;
    }

    @Override
    public int linearCount() {
        return nComp + 1;
    }

    @Override
    public int nonlinearCount() {
        return slotOfFree.length;
    }

    @Override
    public int[][] derivativePattern() {
        return pattern;
    }

    @Override
    public void evaluate(double[] theta, double[][] basis, double[][][] deriv) {
        double[] v = fullValues(theta);
        int nb = bins();
        for (int j = 0; j < nComp; j++) {
            Arrays.fill(basis[j], 0, nb, 0.0);
        }
        double[] bg = basis[nComp];
        for (int b = 0; b < nb; b++) {
            bg[b] = edges[b + 1] - edges[b];
        }
        if (deriv != null) {
            for (double[][] d : deriv) {
                for (double[] row : d) {
                    Arrays.fill(row, 0.0);
                }
            }
        }
        double t0 = v[t0Slot];
        List<GaussianPeak> peaks = resolution.peaks();
        int np = peaks.size();
        boolean resolutionFree = false;
        int bPre = edges.length;
        int bPost = -1;
        for (int p = 0; p < np; p++) {
            sigma[p] = v[fwhmSlot[p]] / GaussianPeak.FWHM_PER_SIGMA;
            shift[p] = v[shiftSlot[p]];
            weight[p] = peaks.get(p).fraction();
            iFwhm[p] = freeIndexOfSlot[fwhmSlot[p]];
            iShift[p] = freeIndexOfSlot[shiftSlot[p]];
            resolutionFree |= (iFwhm[p] >= 0 || iShift[p] >= 0) && deriv != null;
            // the window |t - s| <= V_CUT sqrt2 sigma in channel-time
            double half = cutoff * SQRT2 * sigma[p] / widthNs;
            double centre = t0 + shift[p] / widthNs;
            lo[p] = firstAtLeast(centre - half);
            hi[p] = firstAtLeast(centre + half + 1e-12) - 1;
            if (lo[p] <= hi[p]) {
                bPre = Math.min(bPre, lo[p]);
                bPost = Math.max(bPost, hi[p]);
            }
        }
        if (bPost < bPre) {
            // every Gaussian's window falls between two edges: the generic path over all edges
            bPre = 0;
            bPost = edges.length - 1;
        }
        // per Gaussian, per window edge: t, v, exp(-v^2), erfc(v)
        for (int p = 0; p < np; p++) {
            double invSqrt2Sigma = 1.0 / (SQRT2 * sigma[p]);
            double[] tp = tt[p];
            double[] vp = vv[p];
            double[] qp = qq[p];
            double[] ep = erfcV[p];
            for (int b = bPre; b <= bPost; b++) {
                double tb = (edges[b] - t0) * widthNs - shift[p];
                double x = tb * invSqrt2Sigma;
                tp[b] = tb;
                vp[b] = x;
                if (b < lo[p]) {
                    qp[b] = 0.0;
                    ep[b] = 2.0;
                } else if (b > hi[p]) {
                    qp[b] = 0.0;
                    ep[b] = 0.0;
                } else {
                    double q = Math.exp(-x * x);
                    qp[b] = q;
                    ep[b] = x >= 0 ? q * Erfcx.erfcx(x) : 2.0 - q * Erfcx.erfcx(-x);
                }
            }
        }
        int iT0 = deriv != null ? freeIndexOfSlot[t0Slot] : -1;
        for (int j = 0; j < nComp; j++) {
            LifetimeComponent comp = components.get(j);
            int iLife = deriv != null ? freeIndexOfSlot[lifetimeSlot[j]] : -1;
            int iSd = deriv != null && sdSlot[j] >= 0 ? freeIndexOfSlot[sdSlot[j]] : -1;
            double mean = v[lifetimeSlot[j]];
            if (comp instanceof LifetimeComponent.LogNormal && v[sdSlot[j]] > 0) {
                double sd = v[sdSlot[j]];
                double ratio2 = (sd * sd) / (mean * mean);
                double s2 = Math.log1p(ratio2);
                double s = Math.sqrt(s2);
                double mu = Math.log(mean) - 0.5 * s2;
                double ds2dm = -2.0 * sd * sd / (mean * (mean * mean + sd * sd));
                double ds2dd = 2.0 * sd / (mean * mean + sd * sd);
                double dsdm = ds2dm / (2.0 * s);
                double dsdd = ds2dd / (2.0 * s);
                double dmudm = 1.0 / mean - 0.5 * ds2dm;
                double dmudd = -0.5 * ds2dd;
                for (int nIdx = 0; nIdx < ghPoints.length; nIdx++) {
                    double xn = SQRT2 * ghPoints[nIdx];
                    double tau = Math.exp(mu + s * xn);
                    double dTdM = tau * (dmudm + xn * dsdm);
                    double dTdS = tau * (dmudd + xn * dsdd);
                    exponential(basis, deriv, j, tau, ghWeights[nIdx], dTdM, dTdS, iLife, iSd, iT0, t0, bPre, bPost,
                            resolutionFree);
                }
            } else {
                // a discrete lifetime (or sigma = 0, where d tau_n / d sd = tau sqrt2 x_n / mean sums to zero)
                exponential(basis, deriv, j, mean, 1.0, 1.0, 0.0, iLife, iSd, iT0, t0, bPre, bPost, resolutionFree);
            }
        }
    }

    /** The first edge index b with edges[b] &ge; x (edges.length if none). */
    /** The time the fitted bins span, ns. */
    double spanNs() {
        return (edges[edges.length - 1] - edges[0]) * widthNs;
    }

    private int firstAtLeast(double x) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Adds one exponential (lifetime tau, weight omega) of component j, summed over the Gaussians. Before every
     * Gaussian's window G = 1; inside, the general formula; after it, G = exp(-(e - T0) w / tau) sum_p w_p K_p
     * with K_p = exp(sigma_p^2/(2 tau^2) + s_p/tau), which is the general formula where exp(-v^2) and erfc(v)
     * vanish and erfc(u) = 2.
     */
    private void exponential(double[][] basis, double[][][] deriv, int j, double tau, double omega,
            double dTauDMean, double dTauDSd, int iLife, int iSd, int iT0, double t0, int bPre, int bPost,
            boolean resolutionFree) {
        int ne = edges.length;
        int np = resolution.peaks().size();
        double invTau = 1.0 / tau;
        double invTau2 = invTau * invTau;
        // before the windows
        for (int b = 0; b < bPre; b++) {
            gB[b] = 1.0;
            dTauB[b] = 0.0;
            dtB[b] = 0.0;
        }
        if (resolutionFree) {
            for (int p = 0; p < np; p++) {
                Arrays.fill(dtP[p], 0, bPre, 0.0);
                Arrays.fill(dSigP[p], 0, bPre, 0.0);
            }
        }
        // inside the windows: the general formula per Gaussian
        for (int b = bPre; b <= bPost; b++) {
            double g = 0.0;
            double dTau = 0.0;
            double dt = 0.0;
            for (int p = 0; p < np; p++) {
                double sg = sigma[p];
                double tb = tt[p][b];
                double q = qq[p][b];
                double u = sg / (SQRT2 * tau) - vv[p][b];
                double e;
                if (u >= 0) {
                    e = q == 0.0 ? 0.0 : q * Erfcx.erfcx(u);
                } else {
                    double ex = 0.5 * sg * sg * invTau2 - tb * invTau;
                    if (ex < -745.0) {
                        e = 0.0;
                    } else {
                        double ec = u < -6.0 ? 2.0 : 2.0 - Erfcx.erfcx(-u) * Math.exp(-u * u);
                        e = Math.exp(ex) * ec;
                    }
                }
                double wp = weight[p];
                g += wp * 0.5 * (e + erfcV[p][b]);
                dTau += wp * 0.5 * (e * (tb * invTau2 - sg * sg * invTau2 * invTau)
                        + SQRT_2_OVER_PI * sg * invTau2 * q);
                double dtp = -0.5 * e * invTau;
                dt += wp * dtp;
                if (resolutionFree) {
                    dtP[p][b] = wp * dtp;
                    dSigP[p][b] = wp * 0.5 * (e * sg * invTau2 - SQRT_2_OVER_PI * q * invTau);
                }
            }
            gB[b] = g;
            dTauB[b] = dTau;
            dtB[b] = dt;
        }
        // after the windows
        if (bPost < ne - 1) {
            tail(tau, t0, bPost + 1, resolutionFree);
        }
        // bin contents are differences of G at the bin's edges
        double[] col = basis[j];
        double[] dLife = iLife >= 0 ? deriv[iLife][0] : null;
        double[] dSd = iSd >= 0 ? deriv[iSd][0] : null;
        double[] dT0 = iT0 >= 0 ? deriv[iT0][j] : null;
        double fT0 = -widthNs * omega;
        for (int b = 0; b < ne - 1; b++) {
            col[b] += omega * (gB[b] - gB[b + 1]);
            double dTauDiff = dTauB[b] - dTauB[b + 1];
            if (dLife != null) {
                dLife[b] += omega * dTauDMean * dTauDiff;
            }
            if (dSd != null) {
                dSd[b] += omega * dTauDSd * dTauDiff;
            }
            if (dT0 != null) {
                dT0[b] += fT0 * (dtB[b] - dtB[b + 1]);
            }
        }
        if (resolutionFree) {
            for (int p = 0; p < np; p++) {
                double[] dShift = iShift[p] >= 0 ? deriv[iShift[p]][j] : null;
                double[] dFwhm = iFwhm[p] >= 0 ? deriv[iFwhm[p]][j] : null;
                double[] a = dtP[p];
                double[] c = dSigP[p];
                for (int b = 0; b < ne - 1; b++) {
                    if (dShift != null) {
                        dShift[b] -= omega * (a[b] - a[b + 1]);
                    }
                    if (dFwhm != null) {
                        dFwhm[b] += omega / GaussianPeak.FWHM_PER_SIGMA * (c[b] - c[b + 1]);
                    }
                }
            }
        }
    }

    /** G and its derivatives after every Gaussian's window, from edge {@code from} on. */
    private void tail(double tau, double t0, int from, boolean resolutionFree) {
        int ne = edges.length;
        int np = resolution.peaks().size();
        double invTau = 1.0 / tau;
        double invTau2 = invTau * invTau;
        double s0 = 0.0;
        double s1 = 0.0;
        boolean overflow = false;
        // the closed form needs erfc(u) = 2, u = sigma/(sqrt2 tau) - v &lt; -6, for every Gaussian: from edge b on
        double eClosed = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < np; p++) {
            double sg = sigma[p];
            double lnK = 0.5 * sg * sg * invTau2 + shift[p] * invTau;
            overflow |= lnK >= 700.0;
            double k = Math.exp(lnK);
            kk[p] = k;
            s0 += weight[p] * k;
            s1 += weight[p] * k * (shift[p] * invTau2 + sg * sg * invTau2 * invTau);
            // v > 6 + sigma/(sqrt2 tau)  <=>  e > T0 + (s + sqrt2 sigma (6 + sigma/(sqrt2 tau))) / w
            eClosed = Math.max(eClosed, t0 + (shift[p] + SQRT2 * sg * (6.0 + sg / (SQRT2 * tau))) / widthNs);
        }
        int closedFrom = overflow ? ne : Math.max(from, firstAtLeast(eClosed));
        if (closedFrom > from) {
            genericTail(tau, t0, from, closedFrom, resolutionFree);
        }
        if (closedFrom >= ne) {
            return;
        }
        double rate = widthNs * invTau;
        double step = uniform && closedFrom + 1 < ne
                ? Math.exp(-(edges[closedFrom + 1] - edges[closedFrom]) * rate) : 0.0;
        double x = 0.0;
        for (int b = closedFrom; b < ne; b++) {
            double dtNs = (edges[b] - t0) * widthNs;
            if (!uniform || (b - closedFrom) % 64 == 0) {
                x = Math.exp(-dtNs * invTau);
            } else {
                x *= step;
            }
            gB[b] = x * s0;
            dTauB[b] = x * (dtNs * invTau2 * s0 - s1);
            dtB[b] = -x * s0 * invTau;
            if (resolutionFree) {
                for (int p = 0; p < np; p++) {
                    dtP[p][b] = -weight[p] * kk[p] * x * invTau;
                    dSigP[p][b] = weight[p] * kk[p] * x * sigma[p] * invTau2;
                }
            }
        }
    }

    /** The tail by the general formula (a lifetime much shorter than the resolution, or an extreme shift). */
    private void genericTail(double tau, double t0, int from, int to, boolean resolutionFree) {
        int np = resolution.peaks().size();
        double invTau = 1.0 / tau;
        double invTau2 = invTau * invTau;
        for (int b = from; b < to; b++) {
            double g = 0.0;
            double dTau = 0.0;
            double dt = 0.0;
            for (int p = 0; p < np; p++) {
                double sg = sigma[p];
                double tb = (edges[b] - t0) * widthNs - shift[p];
                double u = sg / (SQRT2 * tau) - tb / (SQRT2 * sg);
                double e;
                if (u >= 0) {
                    e = 0.0; // exp(-v^2) erfcx(u) with v beyond the cut-off
                } else {
                    double ex = 0.5 * sg * sg * invTau2 - tb * invTau;
                    double ec = u < -6.0 ? 2.0 : 2.0 - Erfcx.erfcx(-u) * Math.exp(-u * u);
                    e = ex < -745.0 ? 0.0 : Math.exp(ex) * ec;
                }
                double wp = weight[p];
                g += wp * 0.5 * e;
                dTau += wp * 0.5 * e * (tb * invTau2 - sg * sg * invTau2 * invTau);
                dt += wp * (-0.5 * e * invTau);
                if (resolutionFree) {
                    dtP[p][b] = wp * (-0.5 * e * invTau);
                    dSigP[p][b] = wp * 0.5 * e * sg * invTau2;
                }
            }
            gB[b] = g;
            dTauB[b] = dTau;
            dtB[b] = dt;
        }
    }

}
