package org.permlab.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Measured;
import org.permlab.quantity.Propagation;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;

/**
 * Unit handling at the edges: parsing a quantity from text (what every rig-log cell and YAML field costs) and
 * converting a parsed value, plus first-order propagation through a permeance-like formula.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QuantityBenchmark {

    @Param({"25 mL/min", "10.7 ± 1.0 um", "1 atm"})
    public String text;

    private Dimension dimension;

    @org.openjdk.jmh.annotations.Setup
    public void setup() {
        dimension = text.endsWith("min") ? Dimension.MOLAR_FLOW : text.endsWith("um") ? Dimension.LENGTH
                : Dimension.PRESSURE;
    }

    @Benchmark
    public Measured parseQuantity() {
        return Quantities.parseMeasured(text, dimension, ReferenceState.NORMAL);
    }

    /** Conversion and propagation, which do not depend on the text parsed. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public static class Arithmetic {
        private final Unit gpu = Units.GPU;
        private final Unit si = Units.si(Dimension.PERMEANCE);
        private final Measured flow = Measured.of(7.4e-9, 1e-10);
        private final Measured area = Measured.of(2e-4, 1e-5);
        private final Measured drivingForce = Measured.of(5e4, 50);
        public double value = 56.54;

        @Benchmark
        public double convertGpuToSi() {
            return Units.convert(value, gpu, si, ReferenceState.NORMAL);
        }

        @Benchmark
        public Measured propagatePermeance() {
            // P = N / (A dp) with independent N, A, dp: the shape of every permeance computed from a rig log
            return Propagation.propagate(x -> x[0].divide(x[1].multiply(x[2])), flow, area, drivingForce);
        }
    }
}
