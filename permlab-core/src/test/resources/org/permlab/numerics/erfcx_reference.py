# Generates erfcx_reference.tsv (the test's anchor values) and the piecewise Chebyshev coefficients in Erfcx.java.
# Anchor program: mpmath (https://mpmath.org), 50 significant digits; run with `python3 erfcx_reference.py`.
import mpmath as mp
mp.mp.dps = 50
K = mp.mpf('3.75')

def erfcx(x):
    if x > 1e6:
        # asymptotic series 1/(x sqrt(pi)) sum (-1)^n (2n-1)!! / (2x^2)^n; the terms fall below 1e-70 here
        return mp.fsum((-1) ** n * mp.fac2(2 * n - 1) / (2 * x * x) ** n for n in range(8)) / (x * mp.sqrt(mp.pi))
    return mp.exp(x * x) * mp.erfc(x)

SEGMENTS = 16
TERMS = 11


def chebyshev(segments=SEGMENTS, terms=TERMS, m=64):
    # y(t) = (1 + 2x) erfcx(x), x = K (1 + t) / (1 - t) (Shepherd & Laframboise 1981), t in [-1, 1) split into
    # equal segments; on each, Chebyshev coefficients in the local variable s = (t - centre) / half-width from
    # Gauss-Chebyshev nodes.
    def y(t):
        if t >= 1:
            return 2 / mp.sqrt(mp.pi)
        x = K * (1 + t) / (1 - t)
        return (1 + 2 * x) * erfcx(x)
    out = []
    nodes = [mp.cos(mp.pi * (k + mp.mpf(1) / 2) / m) for k in range(m)]
    for seg in range(segments):
        a = -1 + mp.mpf(2) * seg / segments
        b = a + mp.mpf(2) / segments
        vals = [y((a + b) / 2 + (b - a) / 2 * s) for s in nodes]
        out.append([2 * mp.fsum(vals[k] * mp.cos(mp.pi * j * (k + mp.mpf(1) / 2) / m) for k in range(m)) / m
                    for j in range(terms)])
    return out


if __name__ == '__main__':
    xs = ['-26', '-10', '-5', '-2', '-1', '-0.5', '-1e-3', '0', '1e-8', '1e-3', '0.1', '0.25', '0.5', '0.75', '1',
          '1.5', '2', '2.5', '3', '3.75', '4', '5', '6', '8', '10', '15', '20', '30', '50', '100', '1000', '1e5',
          '1e8', '1e12', '1e50', '1e200']
    with open('erfcx_reference.tsv', 'w') as f:
        f.write('# erfcx(x) = exp(x^2) erfc(x) from mpmath ' + mp.__version__ + ' at 50 digits (erfcx_reference.py)\n')
        f.write('# x\terfcx(x)\n')
        for s in xs:
            f.write(s + '\t' + mp.nstr(erfcx(mp.mpf(s)), 25) + '\n')
    for seg in chebyshev():
        print('        {' + ', '.join(mp.nstr(c, 20) for c in seg) + '},')
