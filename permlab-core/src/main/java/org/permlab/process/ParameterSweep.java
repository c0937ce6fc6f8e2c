package org.permlab.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permlab.error.InvalidInputException;

/**
 * A sweep over one or two flowsheet parameters: the grid, and the solution of one grid point. Running the points
 * (in parallel) is the caller's business, so that every parallel job goes through one executor.
 *
 * @param flowsheet the base flowsheet
 * @param axes      one or two axes
 */
public record ParameterSweep(Flowsheet flowsheet, List<SweepAxis> axes) {

    public ParameterSweep {
        axes = List.copyOf(axes);
        if (axes.isEmpty() || axes.size() > 2) {
            throw InvalidInputException.of("sweep", "sweep one or two parameters, got " + axes.size());
        }
        for (SweepAxis a : axes) {
            a.parameter().current(flowsheet); // validates the parameter
        }
    }

    /** The grid points, first axis varying slowest. */
    public List<double[]> points() {
        List<double[]> out = new ArrayList<>();
        double[] first = axes.get(0).valuesSi();
        if (axes.size() == 1) {
            for (double v : first) {
                out.add(new double[] {v});
            }
            return out;
        }
        double[] second = axes.get(1).valuesSi();
        for (double a : first) {
            for (double b : second) {
                out.add(new double[] {a, b});
            }
        }
        return out;
    }

    /** Solves one point; bad input at this point (an impossible area, say) is recorded, not thrown. */
    public SweepPoint evaluate(double[] values) {
        try {
            Flowsheet fs = flowsheet;
            for (int i = 0; i < axes.size(); i++) {
                fs = axes.get(i).parameter().apply(fs, values[i]);
            }
            CascadeResult r = fs.solve();
            if (!r.recycle().converged()) {
                return new SweepPoint(values, Optional.of(r), Optional.of(r.recycle().message()));
            }
            return new SweepPoint(values, Optional.of(r), Optional.empty());
        } catch (InvalidInputException e) {
            return new SweepPoint(values, Optional.empty(), Optional.of(e.getMessage()));
        }
    }
}
