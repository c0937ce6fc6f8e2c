package org.permlab.process;

import java.util.Optional;

import org.permlab.error.InvalidInputException;

/**
 * A hollow-fibre module. The membrane area is referred to the diameter on the feed side (outer for shell-side feed,
 * inner for bore-side feed): A = N pi d_feed L.
 *
 * <p>Pressure drop (isothermal ideal gas, laminar): in the bores, compressible Hagen-Poiseuille,
 * dp/dz = -128 mu R T n_f / (pi d_i^4 p) with n_f the molar flow per fibre (Pan, AIChE J. 32 (1986) 2020;
 * Thundyil and Koros, J. Membr. Sci. 125 (1997) 275); on the shell side the same law on the hydraulic diameter
 * d_h = (D_s^2 - N d_o^2) / (D_s + N d_o) of the free cross-section pi (D_s^2 - N d_o^2) / 4, which gives
 * dp/dz = -128 mu R T n (D_s + N d_o)^2 / (pi p (D_s^2 - N d_o^2)^3) (Bird, Stewart and Lightfoot, Transport
 * Phenomena, 2nd ed., §6.2; Coker, Freeman and Fleming, AIChE J. 44 (1998) 1289 use a variant of this form).
 * Without a shell diameter the shell-side drop is neglected.
 *
 * @param fibreCount          number of fibres (may be fractional in design mode), positive
 * @param innerDiameterM      bore diameter, m
 * @param outerDiameterM      outer diameter, m, larger than the inner
 * @param activeLengthM       length over which gas permeates, m
 * @param feedSide            where the feed flows
 * @param shellInnerDiameterM inside diameter of the shell, m; must leave a free cross-section
 */
public record HollowFibre(double fibreCount, double innerDiameterM, double outerDiameterM, double activeLengthM,
        FeedSide feedSide, Optional<Double> shellInnerDiameterM) implements ModuleGeometry {

    public HollowFibre {
        positive("fibres", fibreCount, "");
        positive("inner_diameter", innerDiameterM, " m");
        positive("outer_diameter", outerDiameterM, " m");
        positive("length", activeLengthM, " m");
        if (!(outerDiameterM > innerDiameterM)) {
            throw InvalidInputException.of("outer_diameter", "must be larger than the inner diameter ("
                    + outerDiameterM + " m vs " + innerDiameterM + " m)");
        }
        if (shellInnerDiameterM.isPresent()) {
            double ds = shellInnerDiameterM.get();
            positive("shell_diameter", ds, " m");
            if (!(ds * ds > fibreCount * outerDiameterM * outerDiameterM)) {
                throw InvalidInputException.of("shell_diameter", "a shell of " + ds + " m cannot hold " + fibreCount
                        + " fibres of " + outerDiameterM + " m outer diameter (D_s^2 must exceed N d_o^2)");
            }
        }
    }

    private static void positive(String field, double v, String unit) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw InvalidInputException.of(field, "must be positive, got " + v + unit);
        }
    }

    /** The diameter the area is referred to: the feed side's. */
    public double areaDiameterM() {
        return feedSide == FeedSide.SHELL ? outerDiameterM : innerDiameterM;
    }

    @Override
    public double areaM2() {
        return fibreCount * Math.PI * areaDiameterM() * activeLengthM;
    }

    /** The module with as many fibres as give this area (fibre dimensions and shell unchanged). */
    @Override
    public ModuleGeometry withAreaM2(double areaM2) {
        if (!(areaM2 > 0)) {
            throw InvalidInputException.of("area", "a hollow-fibre module needs a positive area, got " + areaM2
                    + " m2");
        }
        return new HollowFibre(areaM2 / (Math.PI * areaDiameterM() * activeLengthM), innerDiameterM,
                outerDiameterM, activeLengthM, feedSide, shellInnerDiameterM);
    }

    @Override
    public String describe() {
        return "hollow fibres, feed on the " + feedSide.word() + " side; bore pressure drop by compressible "
                + "Hagen-Poiseuille" + (shellInnerDiameterM.isPresent() ? ", shell-side drop on the hydraulic "
                        + "diameter" : ", shell-side drop neglected (no shell diameter given)");
    }
}
