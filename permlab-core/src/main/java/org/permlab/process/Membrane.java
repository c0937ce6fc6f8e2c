package org.permlab.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.permlab.error.InvalidInputException;

/**
 * A membrane: a permeance model for each species it is characterised for.
 *
 * @param name        e.g. {@code ZIF-62 glass (seed, 423 K)}
 * @param permeances  species formula to permeance model, in the order given
 */
public record Membrane(String name, Map<String, PermeanceModel> permeances) {

    public Membrane {
        permeances = Collections.unmodifiableMap(new LinkedHashMap<>(permeances));
        if (permeances.isEmpty()) {
            throw InvalidInputException.of("permeances", "a membrane needs a permeance for at least one species");
        }
    }

    /**
     * The permeances of the given species at a temperature, mol m^-2 s^-1 Pa^-1.
     *
     * @throws InvalidInputException naming the first species the membrane has no permeance for
     */
    public double[] permeancesSi(List<String> species, double temperatureK) {
        double[] q = new double[species.size()];
        for (int i = 0; i < q.length; i++) {
            PermeanceModel p = permeances.get(species.get(i));
            if (p == null) {
                throw InvalidInputException.of("permeances", "membrane '" + name + "' has no permeance for "
                        + species.get(i) + " (it has " + String.join(", ", permeances.keySet()) + ")");
            }
            q[i] = p.permeanceSi(temperatureK);
        }
        return q;
    }

    /** The same membrane under another name, every permeance multiplied by the factor of its species. */
    public Membrane scaled(String newName, Map<String, Double> factors) {
        Map<String, PermeanceModel> m = new LinkedHashMap<>();
        for (Map.Entry<String, PermeanceModel> e : permeances.entrySet()) {
            double f = factors.getOrDefault(e.getKey(), 1.0);
            PermeanceModel p = e.getValue();
            m.put(e.getKey(), p instanceof ArrheniusPermeance a
                    ? new ArrheniusPermeance(a.permeanceSiAtReference() * f, a.referenceTemperatureK(),
                            a.activationEnergyJPerMol())
                    : new ConstantPermeance(((ConstantPermeance) p).permeanceSi() * f));
        }
        return new Membrane(newName, m);
    }
}
