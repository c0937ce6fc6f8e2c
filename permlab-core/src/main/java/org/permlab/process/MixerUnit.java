package org.permlab.process;

import java.util.List;

import org.permlab.error.InvalidInputException;

/**
 * Mixes streams. The outlet is at the lowest pressure of the inlets that carry flow (the others are throttled to
 * it) and at the temperature of an adiabatic ideal-gas mix with constant heat capacities,
 * T = sum n_j cp_j T_j / sum n_j cp_j.
 *
 * @param name    its name
 * @param inlets  at least two streams
 * @param outlet  the mixed stream
 */
public record MixerUnit(String name, List<String> inlets, String outlet) implements UnitOperation {

    public MixerUnit {
        inlets = List.copyOf(inlets);
        if (inlets.size() < 2) {
            throw InvalidInputException.of("inlets", "mixer " + name + " needs at least two inlets, got "
                    + inlets.size());
        }
    }

    @Override
    public List<String> outlets() {
        return List.of(outlet);
    }

    @Override
    public String kind() {
        return "mixer";
    }

    /** The mixed stream. */
    public static ProcessStream mix(List<ProcessStream> in) {
        List<String> species = in.get(0).species();
        double[] f = new double[species.size()];
        double p = Double.POSITIVE_INFINITY;
        double heat = 0;
        double cpFlow = 0;
        double pAny = Double.POSITIVE_INFINITY;
        double tAny = in.get(0).temperatureK();
        for (ProcessStream s : in) {
            double[] c = s.componentFlowsMolS();
            double total = 0;
            for (int i = 0; i < f.length; i++) {
                f[i] += c[i];
                total += c[i];
            }
            pAny = Math.min(pAny, s.pressurePa());
            if (total > 0) {
                p = Math.min(p, s.pressurePa());
                double cp = Compressor.heatCapacity(s) * total;
                heat += cp * s.temperatureK();
                cpFlow += cp;
            }
        }
        return new ProcessStream(species, f, Double.isFinite(p) ? p : pAny, cpFlow > 0 ? heat / cpFlow : tAny);
    }
}
