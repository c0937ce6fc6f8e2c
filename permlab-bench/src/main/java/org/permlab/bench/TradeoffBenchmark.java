package org.permlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.permlab.io.tradeoff.LiteraturePoints;
import org.permlab.io.tradeoff.LiteraturePointsReader;
import org.permlab.tradeoff.PlacedPoint;
import org.permlab.tradeoff.TradeOff;
import org.permlab.tradeoff.UpperBounds;

/**
 * A user's literature file for the trade-off plots: reading a CSV of {@code rows} rows (every cell parsed with its
 * unit and uncertainty, every row validated) and placing the points against the bounds of their pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TradeoffBenchmark {

    @Param({"1000"})
    public int rows;

    private String csv;
    private LiteraturePoints points;

    @Setup
    public void setup() {
        StringBuilder sb = new StringBuilder("material,class,pair,permeance_gpu,permeability_barrer,thickness_um,"
                + "selectivity,selectivity_kind,temperature_K,pressure_bar,reference,doi,group,note\n");
        String[] pairs = {"He/N2", "He/CH4", "CO2/CH4", "O2/N2"};
        for (int i = 0; i < rows; i++) {
            double permeance = 1 + (i % 97);
            sb.append("membrane ").append(i).append(",polymer,").append(pairs[i % pairs.length]).append(',')
                    .append(permeance).append(",,").append(1 + i % 13).append(" ± 0.5,").append(2 + i % 40)
                    .append(",single,303,1,synthetic row for the benchmark,,,\n");
        }
        csv = sb.toString();
        points = LiteraturePointsReader.parse(csv, "bench.csv");
        if (points.points().size() != rows) {
            throw new IllegalStateException("the benchmark's rows did not all parse: " + points.skipped());
        }
    }

    @Benchmark
    public LiteraturePoints readCsv() {
        return LiteraturePointsReader.parse(csv, "bench.csv");
    }

    @Benchmark
    public List<PlacedPoint> placeAgainstBounds() {
        return TradeOff.placeAll(points.points(), UpperBounds.standard());
    }
}
