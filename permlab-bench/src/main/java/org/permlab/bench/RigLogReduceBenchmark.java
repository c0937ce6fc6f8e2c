package org.permlab.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.permlab.io.permeation.RigLogReader;
import org.permlab.io.permeation.RigLogWriter;
import org.permlab.permeation.FeedSideMode;
import org.permlab.permeation.PermeationReducer;
import org.permlab.permeation.ReductionSettings;
import org.permlab.permeation.RigLog;
import org.permlab.permeation.RunDescription;
import org.permlab.permeation.RunReduction;
import org.permlab.permeation.Segment;
import org.permlab.permeation.SeriesKind;
import org.permlab.permeation.TimeWindow;
import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.rig.ArrheniusPermeance;
import org.permlab.rig.RigNoise;
import org.permlab.rig.RigSchedule;
import org.permlab.rig.ScheduleStep;
import org.permlab.rig.VirtualRig;

/**
 * A rig log reduced end to end: the CSV file read from disk (FastCSV, FastDoubleParser, units to SI, row
 * validation), then every condition reduced (closed sweep balance per injection, steady-state detection, means and
 * SDs, separation factors, Arrhenius fits). The log is an equimolar He/N2 run of {@code rows} injections over 100
 * conditions (10 temperatures x 10 repeats), simulated by the virtual rig and written once in the setup.
 * Throughput in rows/s = rows / (time per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class RigLogReduceBenchmark {

    @Param({"1000000"})
    public int rows;

    private Path file;
    private RunDescription run;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        ReferenceState ref = ReferenceState.NORMAL;
        double ml = Units.ML_PER_MIN.toSi(1, ref);
        double gpu = Units.GPU.toSi(1, ref);
        Map<String, Double> feed = new LinkedHashMap<>();
        feed.put("He", 25 * ml);
        feed.put("N2", 25 * ml);
        int conditions = 100;
        double interval = 60;
        int perCondition = rows / conditions; // rows is a multiple of 100
        double duration = perCondition * interval;
        List<ScheduleStep> steps = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (int k = 0; k < conditions; k++) {
            double t = 303 + 12 * (k % 10);
            steps.add(new ScheduleStep("c" + k, duration, t, 1e5, 1e5, feed, 25 * ml, Map.of(), ""));
            segments.add(new Segment("c" + k, new TimeWindow(k * duration, (k + 1) * duration), Optional.empty(),
                    false, ""));
        }
        Map<String, org.permlab.rig.PermeanceModel> truth = new LinkedHashMap<>();
        truth.put("He", new ArrheniusPermeance(19.5 * gpu, 303, 8540, List.of()));
        truth.put("N2", new ArrheniusPermeance(1.114 * gpu, 303, 8590, List.of()));
        RigSchedule schedule = new RigSchedule("bench", "M", 1, 2e-4, truth, FeedSideMode.RETENTATE, "Ar",
                List.of("He", "N2"), new RigNoise(0.01, Map.of("He", 5e-6, "N2", 5e-6), 0.003, 0, 100, 0.2),
                interval, 120, steps);
        RigLog log = VirtualRig.simulate(schedule);
        file = Files.createTempFile("permlab-bench-", ".csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RigLogWriter.write(log, ref, "benchmark log", w);
        }
        run = new RunDescription("bench", "M", Measured.of(2e-4, 1e-5), Optional.empty(), "Ar", ref, Map.of(),
                Map.of("He", 5e-6, "N2", 5e-6), segments, SeriesKind.TEMPERATURE, List.of());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Read the CSV and reduce every condition. */
    @Benchmark
    public RunReduction readAndReduce() {
        RigLog log = RigLogReader.read(file, file.toString(), ReferenceState.NORMAL, Optional.empty());
        return PermeationReducer.reduce(log, run, ReductionSettings.DEFAULT.withFeedSide(FeedSideMode.RETENTATE));
    }

    /** The CSV reading alone. */
    @Benchmark
    public RigLog readOnly() {
        return RigLogReader.read(file, file.toString(), ReferenceState.NORMAL, Optional.empty());
    }
}
