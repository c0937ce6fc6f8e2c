package org.permlab.io.permeation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.permlab.error.InvalidInputException;
import org.permlab.gas.GasDatabase;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Node;
import org.permlab.io.tree.Trees;
import org.permlab.permeation.GcCalibration;

/**
 * Reads a GC calibration (YAML): the unit of the peak areas and, per species, the coefficients of y = c0 + c1 A
 * (+ c2 A^2).
 *
 * <pre>
 * area_unit: pA s
 * species:
 *   He: {model: linear, coefficients: [0, 2.1e-7]}
 *   N2: {model: quadratic, coefficients: [0, 3.4e-7, 1.0e-14]}
 * </pre>
 */
public final class GcCalibrationReader {

    private GcCalibrationReader() {
    }

    public static GcCalibration read(Path file, String source) {
        MapNode m = Trees.read(file, source).asMap().allowOnly("area_unit", "species");
        Map<String, List<Double>> coefficients = new LinkedHashMap<>();
        for (var e : m.map("species").entries().entrySet()) {
            MapNode s = e.getValue().asMap().allowOnly("model", "coefficients");
            String model = s.require("model").asScalar().oneOf("linear", "quadratic");
            List<Double> c = new ArrayList<>();
            for (Node n : s.list("coefficients")) {
                c.add(n.asScalar().number());
            }
            int expected = model.equals("linear") ? 2 : 3;
            if (c.size() != expected) {
                throw s.require("coefficients").error("a " + model + " calibration has " + expected
                        + " coefficients (c0, c1" + (expected == 3 ? ", c2" : "") + "), got " + c.size());
            }
            String gas;
            try {
                gas = GasDatabase.standard().lookup(e.getKey()).formula();
            } catch (InvalidInputException x) {
                throw s.relocate(x);
            }
            coefficients.put(gas, c);
        }
        return new GcCalibration(m.string("area_unit").strip(), coefficients);
    }
}
