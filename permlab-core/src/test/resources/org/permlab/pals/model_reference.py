# Anchor values for the lifetime-spectrum model, computed independently of permlab's closed form:
# G(t) = P(X > t) for X = (exponential delay, mean tau) + (Gaussian, SD sigma) is integrated numerically,
#   G(t) = integral_0^inf (1/tau) exp(-u/tau) (1/2) erfc((t - u) / (sqrt2 sigma)) du,
# with mpmath (https://mpmath.org) at 30 digits. Run `python3 model_reference.py` to regenerate
# g_reference.tsv and channel_reference.tsv.
import mpmath as mp
mp.mp.dps = 30

def G(t, tau, sigma):
    f = lambda u: mp.exp(-u / tau) / tau * mp.erfc((t - u) / (mp.sqrt(2) * sigma)) / 2
    # split at the Gaussian's centre and a few lifetimes so that quad resolves both scales
    pts = sorted(set([mp.mpf(0), max(mp.mpf(0), t), max(mp.mpf(0), t + 8 * sigma), 40 * tau + abs(t) + 20 * sigma]))
    return mp.quad(f, pts) + mp.quad(f, [pts[-1], mp.inf])

FWHM_PER_SIGMA = 2 * mp.sqrt(2 * mp.log(2))

if __name__ == '__main__':
    with open('g_reference.tsv', 'w') as out:
        out.write('# G(t; tau, sigma) by numerical integration (model_reference.py, mpmath %s, 30 digits)\n' % mp.__version__)
        out.write('# tau_ns\tsigma_ns\tt_ns\tG\n')
        for tau in ['0.15', '0.4', '2.0', '50']:
            for sigma in ['0.05', '0.1', '0.25']:
                for t in ['-1.0', '-0.3', '-0.05', '0', '0.05', '0.2', '0.5', '1', '3', '10']:
                    g = G(mp.mpf(t), mp.mpf(tau), mp.mpf(sigma))
                    out.write('%s\t%s\t%s\t%s\n' % (tau, sigma, t, mp.nstr(g, 20)))
    # a spectrum: channel k spans channel-time [k-1, k]; t = (e - T0) w; Gaussian p centred at T0 + s_p
    w = mp.mpf('0.025'); t0 = mp.mpf('100.3')
    peaks = [(mp.mpf('0.2'), mp.mpf('0.8'), mp.mpf('0')), (mp.mpf('0.3'), mp.mpf('0.2'), mp.mpf('0.05'))]
    comps = [(mp.mpf('0.2'), mp.mpf(5000)), (mp.mpf('2.0'), mp.mpf(1000))]
    bg = mp.mpf(3)
    with open('channel_reference.tsv', 'w') as out:
        out.write('# expected counts per channel (model_reference.py): width 0.025 ns, T0 = 100.3 channels,\n')
        out.write('# Gaussians FWHM/fraction/shift 0.2/0.8/0 and 0.3/0.2/+0.05 ns, components 0.2 ns (5000) and 2.0 ns (1000),\n')
        out.write('# background 3 per channel\n# channel\tcounts\n')
        for k in range(90, 161):
            total = bg
            for tau, area in comps:
                for fwhm, frac, shift in peaks:
                    sigma = fwhm / FWHM_PER_SIGMA
                    a = (k - 1 - t0) * w - shift
                    b = (k - t0) * w - shift
                    total += area * frac * (G(a, tau, sigma) - G(b, tau, sigma))
            out.write('%d\t%s\n' % (k, mp.nstr(total, 20)))
