package org.permlab.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/** The reference case of CONVENTIONS §8 and helpers shared by the process tests. */
final class SeedCase {

    static final double GPU = Units.GPU.toSi(1, ReferenceState.NORMAL);
    static final List<String> SPECIES = List.of("He", "N2", "CH4");

    private SeedCase() {
    }

    /** He 51 GPU, He/N2 17.4, He/CH4 13.9 (seed paper at 423 K; CONVENTIONS §8). */
    static Membrane seedMembrane() {
        return membrane("seed", 51, 51 / 17.4, 51 / 13.9);
    }

    static Membrane membrane(String name, double he, double n2, double ch4) {
        Map<String, PermeanceModel> p = new LinkedHashMap<>();
        p.put("He", new ConstantPermeance(he * GPU));
        p.put("N2", new ConstantPermeance(n2 * GPU));
        p.put("CH4", new ConstantPermeance(ch4 * GPU));
        return new Membrane(name, p);
    }

    /** He 1 % / N2 5 % / CH4 94 %, 1 mol/s, 50 bar, 423 K. */
    static ProcessStream feed() {
        return ProcessStream.ofFractions(SPECIES, 1.0, new double[] {0.01, 0.05, 0.94}, 50e5, 423);
    }

    static Stage stage(double areaM2, FlowPattern pattern) {
        return Stage.simple("S1", seedMembrane(), areaM2, pattern, 1e5);
    }

    static Membrane binary(double qFast, double qSlow) {
        Map<String, PermeanceModel> p = new LinkedHashMap<>();
        p.put("He", new ConstantPermeance(qFast));
        p.put("CH4", new ConstantPermeance(qSlow));
        return new Membrane("binary", p);
    }
}
