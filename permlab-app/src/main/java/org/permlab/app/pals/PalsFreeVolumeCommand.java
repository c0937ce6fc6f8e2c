package org.permlab.app.pals;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.permlab.app.cli.JsonOption;
import org.permlab.app.json.Json;
import org.permlab.app.text.Format;
import org.permlab.error.InvalidInputException;
import org.permlab.pals.FreeVolume;
import org.permlab.pals.FreeVolumeConstants;
import org.permlab.pals.PoreModel;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Measured;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code permlab pals free-volume}. */
@Command(name = "free-volume", mixinStandardHelpOptions = true,
        description = "Cavity radius, diameter and fractional free volume from the o-Ps lifetime tau3 (seed "
                + "eqs. 1-2: Tao-Eldrup and FFV = C (4/3) pi R^3 I3), or tau3 from a cavity size; the "
                + "rectangular extension (RTE) for large pores or high temperature.",
        footer = {"", "Values may carry an uncertainty: --tau3 1.874+-0.012.", "", "Examples:",
            "  permlab pals free-volume --tau3 1.874                 # diameter 5.46 A",
            "  permlab pals free-volume --tau3 2.171 --i3 20 --json   # R = 3 A, FFV = 4.07 %%",
            "  permlab pals free-volume --diameter 5.46               # the inverse: tau3 = 1.874 ns",
            "  permlab pals free-volume --tau3 20 --model rte --temperature 295K --geometry channel"})
final class PalsFreeVolumeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tau3", paramLabel = "NS", description = "o-Ps lifetime, ns (may carry +-SD).")
    String tau3;

    @Option(names = "--i3", paramLabel = "PCT", description = "o-Ps intensity, %% (may carry +-SD): gives FFV.")
    String i3;

    @Option(names = "--radius", paramLabel = "A", description = "The inverse direction: a cavity radius, "
            + "angstrom (RTE: the pore side).")
    Double radius;

    @Option(names = "--diameter", paramLabel = "A", description = "The inverse direction: a diameter, angstrom.")
    Double diameter;

    @Option(names = "--delta-r", paramLabel = "A", description = "Tao-Eldrup dR, angstrom (default 1.656).")
    Double deltaR;

    @Option(names = "--lambda-b", paramLabel = "NS-1", description = "Annihilation rate in the layer, 1/ns "
            + "(default 2, the seed's 0.5 ns prefactor; some programs use 2.0053).")
    Double lambdaB;

    @Option(names = "--c", paramLabel = "C", description = "FFV constant (default 0.0018).")
    Double c;

    @Option(names = "--model", paramLabel = "M", defaultValue = "tao-eldrup",
            description = "tao-eldrup (default) or rte.")
    String model;

    @Option(names = "--temperature", paramLabel = "T", description = "RTE: sample temperature, e.g. 295K.")
    String temperature;

    @Option(names = "--geometry", paramLabel = "G", defaultValue = "cube",
            description = "RTE: cube (default), channel or slab.")
    String geometry;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        PoreModel pm;
        try {
            pm = poreModel();
        } catch (InvalidInputException e) {
            throw PalsOptions.asOption(e);
        }
        double ffvC = c != null ? c : FreeVolumeConstants.ffvC().value();
        PrintWriter out = spec.commandLine().getOut();
        int given = (tau3 != null ? 1 : 0) + (radius != null ? 1 : 0) + (diameter != null ? 1 : 0);
        if (given != 1) {
            throw InvalidInputException.of("--tau3", "give exactly one of --tau3, --radius and --diameter");
        }
        if (tau3 == null) {
            double size = radius != null ? radius : diameter / pm.diameterAngstrom(1.0);
            if (!(size > 0)) {
                throw InvalidInputException.of(radius != null ? "--radius" : "--diameter", "must be positive");
            }
            FreeVolume v = FreeVolume.fromSize(pm, size, ffvC);
            double tau = v.tau3Ns().value();
            double d = v.diameterAngstrom().value();
            if (json.enabled()) {
                Json.print(v, out);
            } else {
                out.println("tau3 = " + Format.fixed(tau, 4) + " ns for a " + pm.sizeName() + " of "
                        + Format.sig(size, 6) + " A (diameter " + Format.sig(d, 6) + " A)");
                out.println("model: " + pm.describe());
            }
            return 0;
        }
        Measured tau = measured(tau3, "--tau3");
        Optional<Measured> intensity = Optional.ofNullable(i3).map(s -> measured(s, "--i3"));
        FreeVolume fv;
        try {
            fv = FreeVolume.fromLifetime(pm, tau, intensity, ffvC);
        } catch (InvalidInputException e) {
            throw PalsOptions.asOption(e);
        }
        if (json.enabled()) {
            Json.print(fv, out);
            return 0;
        }
        PalsText.freeVolume(fv, out);
        return 0;
    }

    private PoreModel poreModel() {
        return switch (model.toLowerCase(Locale.ROOT)) {
            case "tao-eldrup", "te" -> new PoreModel.TaoEldrup(
                    deltaR != null ? deltaR : FreeVolumeConstants.taoEldrupDeltaR().value(),
                    lambdaB != null ? lambdaB : FreeVolumeConstants.taoEldrupLambdaB().value());
            case "rte" -> {
                if (temperature == null) {
                    throw InvalidInputException.of("--temperature", "the RTE model needs the sample temperature, "
                            + "e.g. --temperature 295K");
                }
                double t;
                try {
                    t = Quantities.parseWithUnit(temperature, Dimension.TEMPERATURE, Units.parse("K"))
                            .si(ReferenceState.NORMAL);
                } catch (InvalidInputException e) {
                    throw InvalidInputException.of("--temperature", e.problem());
                }
                PoreModel.Geometry g = switch (geometry.toLowerCase(Locale.ROOT)) {
                    case "cube" -> PoreModel.Geometry.CUBE;
                    case "channel" -> PoreModel.Geometry.CHANNEL;
                    case "slab", "slit" -> PoreModel.Geometry.SLAB;
                    default -> throw InvalidInputException.of("--geometry", "expected cube, channel or slab, got '"
                            + geometry + "'");
                };
                yield PoreModel.RectangularTaoEldrup.standard(t, g);
            }
            default -> throw InvalidInputException.of("--model", "expected tao-eldrup or rte, got '" + model
                    + "'");
        };
    }

    private static Measured measured(String text, String option) {
        try {
            Quantities.Parsed p = Quantities.parseWithUnit(text.strip(), Dimension.DIMENSIONLESS,
                    Units.parse("1"));
            if (p.unit() != Units.parse("1")) {
                throw InvalidInputException.of(option, "give the number alone, e.g. " + option + " 1.874");
            }
            return new Measured(p.value(), p.sd());
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(option, e.problem());
        }
    }
}
