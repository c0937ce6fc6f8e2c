package org.permlab.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.permlab.numerics.Erfcx;
import org.permlab.pals.ChannelRange;
import org.permlab.pals.CycleFit;
import org.permlab.pals.FitSettings;
import org.permlab.pals.GaussianPeak;
import org.permlab.pals.LifetimeFitter;
import org.permlab.pals.LifetimeSpectrum;
import org.permlab.pals.Resolution;
import org.permlab.pals.SimulationSpec;
import org.permlab.pals.SpectrumSimulator;

/**
 * The performance target: one three-component fit (global stage and final Poisson maximum-likelihood fit) of
 * a 10 000-channel spectrum with a three-Gaussian resolution; target a median of 20 ms or less (PALSfit3 reports a
 * median of 0.34 s for fits of this size). Sample-time mode, so that JMH reports the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PalsFitBenchmark {

    private LifetimeSpectrum spectrum;
    private FitSettings settings;

    @Setup
    public void setup() {
        // 5 ps channels (a digital spectrometer), T0 at channel 1000.3, 5e6 counts, 5 counts per channel background
        Resolution resolution = new Resolution(List.of(GaussianPeak.fixed(0.22, 0.80, 0.0),
                GaussianPeak.fixed(0.30, 0.15, 0.03), GaussianPeak.fixed(0.45, 0.05, -0.05)));
        SimulationSpec spec = new SimulationSpec(10_000, 0.005, 1000.3, resolution,
                List.of(new SimulationSpec.Component(0.2, 0, 30), new SimulationSpec.Component(0.45, 0, 50),
                        new SimulationSpec.Component(2.0, 0, 20)), 5e6, 5, Optional.empty());
        spectrum = SpectrumSimulator.simulate(spec, true, 42, "benchmark");
        // the whole spectrum from 100 channels before T0: 9101 channels fitted
        settings = FitSettings.of(new ChannelRange(900, 10_000), resolution, 0.3, 1.0, 3.0);
    }

    @Benchmark
    public CycleFit fitTenThousandChannels() {
        return LifetimeFitter.fit(spectrum, settings).result();
    }

    /** The special function inside the model: erfcx on the range the model evaluates it. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public static class ScaledErfc {
        public double x = 1.7;

        @Benchmark
        public double erfcx() {
            return Erfcx.erfcx(x);
        }
    }
}
