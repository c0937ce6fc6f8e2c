package org.permlab.pals;

import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Measured;
import org.permlab.result.Convention;
import org.permlab.result.Conventions;

/**
 * Cavity size and fractional free volume from the o-Ps lifetime tau3 and intensity I3 (the seed paper's eqs. 1
 * and 2). Uncertainties are propagated to first order; tau3 and I3 are taken as independent (their fit correlation
 * is usually small next to the spread between samples).
 *
 * @param component         the fit's o-Ps component (1-based) when from a fit
 * @param tau3Ns            the o-Ps lifetime used, ns
 * @param i3Pct             its intensity, %, when given
 * @param sizeAngstrom      the cavity size of the model (radius for Tao-Eldrup), angstrom
 * @param radiusAngstrom    the radius of the equivalent sphere, angstrom
 * @param diameterAngstrom  the diameter of the equivalent sphere, angstrom
 * @param ffvPct            FFV = C (4/3) pi R^3 I3, %, when I3 is given
 * @param sphereVolumeA3    (4/3) pi R^3, cubic angstrom
 * @param model             the pore model
 * @param ffvC              the constant C of the FFV
 * @param conventions       the pore model, the FFV formula and how the uncertainties were propagated
 */
public record FreeVolume(Optional<Integer> component, Measured tau3Ns, Optional<Measured> i3Pct,
        Measured sizeAngstrom, Measured radiusAngstrom, Measured diameterAngstrom, Optional<Measured> ffvPct,
        Measured sphereVolumeA3, PoreModel model, double ffvC, Conventions conventions) {

    /** The conventions of a free-volume result with this model and constant. */
    public static Conventions conventions(PoreModel model, double ffvC) {
        return Conventions.of(model,
                Convention.of("ffv", "FFV = C (4/3) pi R^3 I3 with C = " + ffvC + ", R in angstrom, I3 in %"),
                Convention.of("uncertainty", "first-order propagation; tau3 and I3 independent"));
    }

    /** What the size is: the model's {@link PoreModel#sizeName()} ("radius", "cube side", ...). */
    public String sizeName() {
        return model.sizeName();
    }

    /**
     * From a lifetime (and intensity) to a cavity size and FFV.
     *
     * @param model the pore model
     * @param tau3  the o-Ps lifetime, ns, with its SD
     * @param i3    its intensity, %, with its SD, if known
     * @param ffvC  the FFV constant (0.0018)
     */
    public static FreeVolume fromLifetime(PoreModel model, Measured tau3, Optional<Measured> i3, double ffvC) {
        double size = model.size(tau3.value());
        // dsize/dtau from the model's derivative dtau/dsize (central difference, relative step 1e-6)
        double h = Math.max(1e-9, 1e-6 * size);
        double slope = (model.lifetimeNs(size + h) - model.lifetimeNs(size - h)) / (2 * h);
        Measured sizeM = new Measured(size, tau3.sd() / slope);
        double perSize = model.diameterAngstrom(1.0);
        Measured diameter = sizeM.times(perSize);
        Measured radius = diameter.times(0.5);
        Measured volume = radius.pow(3).times(4.0 / 3.0 * Math.PI);
        Optional<Measured> ffv = i3.map(i -> {
            if (!(i.value() >= 0) || i.value() > 100) {
                throw InvalidInputException.of("i3", "must be between 0 and 100 %, got " + i.value() + " %");
            }
            return volume.times(i).times(ffvC);
        });
        return new FreeVolume(Optional.empty(), tau3, i3, sizeM, radius, diameter, ffv, volume, model, ffvC,
                conventions(model, ffvC));
    }

    /**
     * The inverse direction: the o-Ps lifetime of a cavity of the given size (the model's size, angstrom), with its
     * radius and diameter; all exact, no intensity and no FFV.
     */
    public static FreeVolume fromSize(PoreModel model, double sizeAngstrom, double ffvC) {
        Measured size = Measured.exact(sizeAngstrom);
        Measured diameter = size.times(model.diameterAngstrom(1.0));
        Measured radius = diameter.times(0.5);
        return new FreeVolume(Optional.empty(), Measured.exact(model.lifetimeNs(sizeAngstrom)), Optional.empty(), size,
                radius, diameter, Optional.empty(), radius.pow(3).times(4.0 / 3.0 * Math.PI), model, ffvC,
                conventions(model, ffvC));
    }

    /** The same, from the given (1-based) component of a fit. */
    public FreeVolume withComponent(int oneBased) {
        return new FreeVolume(Optional.of(oneBased), tau3Ns, i3Pct, sizeAngstrom, radiusAngstrom, diameterAngstrom,
                ffvPct, sphereVolumeA3, model, ffvC, conventions);
    }

    /**
     * The ortho-positronium component of a fit: the one given (1-based), or the longest lifetime.
     *
     * @return its 0-based index
     */
    public static int orthoPositroniumComponent(CycleFit fit, Optional<Integer> given) {
        if (given.isPresent()) {
            int k = given.get();
            if (k < 1 || k > fit.components().size()) {
                throw InvalidInputException.of("o-Ps component", "the fit has components 1 to "
                        + fit.components().size() + ", got " + k);
            }
            return k - 1;
        }
        int best = 0;
        for (int j = 1; j < fit.components().size(); j++) {
            if (fit.components().get(j).lifetimeNs().value() > fit.components().get(best).lifetimeNs().value()) {
                best = j;
            }
        }
        return best;
    }

    /** Cavity size and FFV from the o-Ps component of a fit (its lifetime and intensity with their SDs). */
    public static FreeVolume fromFit(CycleFit fit, int component, PoreModel model, double ffvC) {
        FittedComponent c = fit.components().get(component);
        return fromLifetime(model, c.lifetimeNs(), Optional.of(c.intensityPct()), ffvC).withComponent(component + 1);
    }

    /** The inverse direction: the o-Ps lifetime of a cavity of the given size (the model's size), ns. */
    public static double lifetimeOf(PoreModel model, double sizeAngstrom) {
        return model.lifetimeNs(sizeAngstrom);
    }
}
