package org.permlab.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permlab.result.Convention;
import org.permlab.result.Conventions;

/**
 * A solved sweep, as a user reads it: the axes and, per grid point, the flowsheet's headline numbers (or why the
 * point could not be solved).
 *
 * @param flowsheet   the flowsheet swept
 * @param species     the product species whose purity and recovery are given
 * @param axes        the parameters and their values
 * @param points      one row per grid point, first axis varying slowest
 * @param conventions how the numbers are defined
 */
public record SweepResult(String flowsheet, Optional<String> species, List<Axis> axes, List<Row> points,
        Conventions conventions) {

    public SweepResult {
        axes = List.copyOf(axes);
        points = List.copyOf(points);
    }

    /**
     * One axis.
     *
     * @param parameter the parameter, as typed ({@code S1.area})
     * @param unit      the SI unit of its values
     * @param values    its values, SI
     */
    public record Axis(String parameter, String unit, List<Double> values) {
        public Axis {
            values = List.copyOf(values);
        }
    }

    /**
     * One grid point.
     *
     * @param values                 the parameter values, in axis order, SI
     * @param stageCut               a one-stage flowsheet only: its stage cut
     * @param purity                 the product species' mole fraction in the product stream
     * @param recovery               its product flow over its feed flow
     * @param totalAreaM2            membrane area, m^2
     * @param compressorPowerW       compressor power, W
     * @param specificEnergyKwhPerKg compressor power over the product's mass flow, kWh/kg (when finite)
     * @param converged              whether the recycle converged
     * @param error                  why the point could not be solved (bad input at this point)
     */
    public record Row(List<Double> values, Optional<Double> stageCut, Optional<Double> purity,
            Optional<Double> recovery, Optional<Double> totalAreaM2, Optional<Double> compressorPowerW,
            Optional<Double> specificEnergyKwhPerKg, Optional<Boolean> converged, Optional<String> error) {
        public Row {
            values = List.copyOf(values);
        }
    }

    /** The conventions of every sweep result. */
    static final Conventions CONVENTIONS = Conventions.of(
            Convention.of("values", "SI, in the unit of each axis"),
            Convention.of("purity", "mole fraction of the product species in the product stream (a stage case: its "
                    + "permeate)"),
            Convention.of("recovery", "product flow / feed flow of the product species"),
            Convention.of("stage_cut", "a one-stage flowsheet only: permeated flow / feed flow"),
            Convention.of("specific_energy", "compressor power / product mass flow of the product species"),
            Convention.of("points", "each point solved on its own; a point that is bad input carries the error "
                    + "instead"));

    /** The result of a sweep from its solved points (in grid order). */
    public static SweepResult of(ParameterSweep sweep, List<SweepPoint> solved) {
        Flowsheet fs = sweep.flowsheet();
        List<Axis> a = new ArrayList<>();
        for (SweepAxis x : sweep.axes()) {
            a.add(new Axis(x.parameter().spec(), x.parameter().dimension(fs).siSymbol(), list(x.valuesSi())));
        }
        List<Row> p = new ArrayList<>();
        for (SweepPoint s : solved) {
            Optional<CascadeResult> r = s.result();
            Optional<ProductSummary> product = r.flatMap(CascadeResult::product);
            p.add(new Row(list(s.valuesSi()), r.filter(x -> x.stages().size() == 1)
                    .map(x -> x.stages().get(0).stageCut()), product.map(ProductSummary::purity),
                    product.map(ProductSummary::recovery), r.map(CascadeResult::totalAreaM2),
                    r.map(CascadeResult::compressorPowerW), product.map(ProductSummary::specificEnergyKwhPerKg)
                            .filter(Double::isFinite), r.map(x -> x.recycle().converged()), s.error()));
        }
        return new SweepResult(fs.name(), fs.product().map(ProductSpec::species), a, p, CONVENTIONS);
    }

    private static List<Double> list(double[] v) {
        List<Double> l = new ArrayList<>(v.length);
        for (double d : v) {
            l.add(d);
        }
        return l;
    }
}
