package org.permlab.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.permlab.process.CascadeResult;
import org.permlab.process.Compressor;
import org.permlab.process.CompressorUnit;
import org.permlab.process.ConstantPermeance;
import org.permlab.process.CounterCurrent;
import org.permlab.process.Flowsheet;
import org.permlab.process.Membrane;
import org.permlab.process.MixerUnit;
import org.permlab.process.PermeanceModel;
import org.permlab.process.ProcessStream;
import org.permlab.process.ProductSpec;
import org.permlab.process.RecycleSettings;
import org.permlab.process.Stage;
import org.permlab.process.StageResult;
import org.permlab.process.StageUnit;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/**
 * The performance targets: a counter-current stage with three components on 200 axial nodes (target: 5 ms
 * median), and the three-stage permeate-in-series cascade with two recycles of the example study (target: 100 ms).
 * Sample-time mode, so JMH reports the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProcessBenchmark {

    private final ProcessStream feed;
    private final Stage counterCurrent;
    private final Flowsheet cascade;

    public ProcessBenchmark() {
        double gpu = Units.GPU.toSi(1, ReferenceState.NORMAL);
        Map<String, PermeanceModel> p = new LinkedHashMap<>();
        p.put("He", new ConstantPermeance(51 * gpu));
        p.put("N2", new ConstantPermeance(51 / 17.4 * gpu));
        p.put("CH4", new ConstantPermeance(51 / 13.9 * gpu));
        Membrane seed = new Membrane("seed", p);
        List<String> species = List.of("He", "N2", "CH4");
        feed = ProcessStream.ofFractions(species, 1.0, new double[] {0.01, 0.05, 0.94}, 50e5, 423);
        // the reference stage of docs/process.md; default settings: 200 nodes (Newton on 100, then 200, extrapolated)
        counterCurrent = Stage.simple("S1", seed, 10, new CounterCurrent(), 1e5);
        Compressor c1 = new Compressor("C1", 50e5, 0.75, 3, Optional.of(313.15));
        Compressor c2 = new Compressor("C2", 50e5, 0.75, 3, Optional.of(313.15));
        cascade = new Flowsheet("three-stage", species, Map.of("feed", feed), List.of(
                new MixerUnit("M1", List.of("feed", "R2"), "F1"),
                new StageUnit(Stage.simple("S1", seed, 50, new CounterCurrent(), 1e5), "F1", Optional.empty(),
                        "residue", "P1"),
                new CompressorUnit(c1, "P1", "P1c"),
                new MixerUnit("M2", List.of("P1c", "R3"), "F2"),
                new StageUnit(Stage.simple("S2", seed, 3, new CounterCurrent(), 1e5), "F2", Optional.empty(), "R2",
                        "P2"),
                new CompressorUnit(c2, "P2", "P2c"),
                new StageUnit(Stage.simple("S3", seed, 0.2, new CounterCurrent(), 1e5), "P2c", Optional.empty(),
                        "R3", "helium")), Optional.of(new ProductSpec("helium", "He")), RecycleSettings.DEFAULT);
    }

    @Benchmark
    public StageResult counterCurrentThreeComponents200Nodes() {
        return counterCurrent.solve(feed);
    }

    @Benchmark
    public CascadeResult threeStageCascadeWithRecycle() {
        return cascade.solve();
    }
}
