package org.permlab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Constants;

/** Compressors, mixers, splitters and flowsheets with recycles. */
class CascadeTest {

    private static final List<String> HE = List.of("He");

    @Test
    void singleStageCompressionOfAMonatomicGasIsTheIsentropicClosedForm() {
        // ideal monatomic gas: gamma = 5/3, W = n gamma/(gamma-1) R T [r^((gamma-1)/gamma) - 1] / eta
        //   = 2.5 n R T (r^0.4 - 1) / eta; the database cp of He (20.786 J/(mol K), JANAF) is 5R/2 within 1e-5
        ProcessStream in = new ProcessStream(HE, new double[] {0.5}, 1e5, 300);
        CompressorResult r = new Compressor("C", 10e5, 0.8, 1, Optional.empty()).compress(in);
        double expected = 2.5 * 0.5 * Constants.GAS_CONSTANT * 300 * (Math.pow(10, 0.4) - 1) / 0.8;
        assertThat(r.powerW()).isCloseTo(expected, within(1e-4 * expected));
        assertThat(r.outlet().pressurePa()).isEqualTo(10e5);
        assertThat(r.outlet().temperatureK()).isEqualTo(300); // aftercooled to the (inlet) cooler temperature
        // discharge temperature T (1 + (r^0.4 - 1)/eta)
        assertThat(r.maxDischargeTemperatureK()).isCloseTo(300 * (1 + (Math.pow(10, 0.4) - 1) / 0.8), within(0.01));
    }

    @Test
    void manyIntercooledStagesApproachIsothermalCompression() {
        // with perfect intercooling, N stages of ratio r^(1/N): W_N = N 2.5 n R T (r^(0.4/N) - 1), which falls with
        // N towards the isothermal work n R T ln r (eta = 1)
        ProcessStream in = new ProcessStream(HE, new double[] {1.0}, 1e5, 313.15);
        double isothermal = Constants.GAS_CONSTANT * 313.15 * Math.log(50);
        double previous = Double.POSITIVE_INFINITY;
        for (int n = 1; n <= 20; n++) {
            double w = new Compressor("C", 50e5, 1.0, n, Optional.empty()).compress(in).powerW();
            assertThat(w).isLessThan(previous).isGreaterThan(isothermal);
            previous = w;
        }
        // W_N / W_iso = (e^x - 1)/x = 1 + x/2 + x^2/6 + x^3/24 + ... with x = 0.4 ln(r)/N; for x < 1 the series
        // is bounded by 1 + x/2 + x^2/6 + x^3/12
        double x = 0.4 * Math.log(50) / 20;
        assertThat(previous / isothermal).isBetween(1.0, 1 + x / 2 + x * x / 6 + x * x * x / 12);
    }

    @Test
    void mixerConservesSpeciesAndTakesTheLowestPressure() {
        List<String> sp = SeedCase.SPECIES;
        ProcessStream a = new ProcessStream(sp, new double[] {0.1, 0.2, 0.3}, 50e5, 400);
        ProcessStream b = new ProcessStream(sp, new double[] {0.01, 0.0, 0.5}, 40e5, 300);
        ProcessStream empty = ProcessStream.empty(sp, 1e5, 500);
        ProcessStream m = MixerUnit.mix(List.of(a, b, empty));
        assertThat(m.componentFlowsMolS()).containsExactly(0.11, 0.2, 0.8);
        assertThat(m.pressurePa()).isEqualTo(40e5); // the empty stream's 1 bar does not throttle the mix
        assertThat(m.temperatureK()).isBetween(300.0, 400.0);
        // equal cp: the flow-weighted mean temperature
        ProcessStream c = new ProcessStream(HE, new double[] {1}, 1e5, 300);
        ProcessStream d = new ProcessStream(HE, new double[] {3}, 1e5, 400);
        assertThat(MixerUnit.mix(List.of(c, d)).temperatureK()).isCloseTo(375, within(1e-9));
    }

    @Test
    void aOneStageFlowsheetIsTheStage() {
        Stage s = SeedCase.stage(10, new CounterCurrent());
        CascadeResult r = Flowsheet.singleStage(s, SeedCase.feed(), Optional.of("He")).solve();
        StageResult direct = s.solve(SeedCase.feed());
        assertThat(r.stream("permeate").orElseThrow().stream().componentFlowsMolS())
                .containsExactly(direct.permeate().componentFlowsMolS());
        assertThat(r.product().orElseThrow().purity()).isEqualTo(direct.permeatePurity("He"));
        assertThat(r.recycle().converged()).isTrue();
        assertThat(r.tearStreams()).isEmpty();
    }

    static Flowsheet threeStage(RecycleSettings recycle) {
        Membrane m = SeedCase.seedMembrane();
        Stage s1 = Stage.simple("S1", m, 50, new CounterCurrent(), 1e5);
        Stage s2 = Stage.simple("S2", m, 3, new CounterCurrent(), 1e5);
        Stage s3 = Stage.simple("S3", m, 0.2, new CounterCurrent(), 1e5);
        Compressor c1 = new Compressor("C1", 50e5, 0.75, 3, Optional.of(313.15));
        Compressor c2 = new Compressor("C2", 50e5, 0.75, 3, Optional.of(313.15));
        return new Flowsheet("three", SeedCase.SPECIES, Map.of("feed", SeedCase.feed()), List.of(
                new MixerUnit("M1", List.of("feed", "R2"), "F1"),
                new StageUnit(s1.withTemperatureK(423), "F1", Optional.empty(), "residue", "P1"),
                new CompressorUnit(c1, "P1", "P1c"),
                new MixerUnit("M2", List.of("P1c", "R3"), "F2"),
                new StageUnit(s2.withTemperatureK(423), "F2", Optional.empty(), "R2", "P2"),
                new CompressorUnit(c2, "P2", "P2c"),
                new StageUnit(s3.withTemperatureK(423), "P2c", Optional.empty(), "R3", "helium")),
                Optional.of(new ProductSpec("helium", "He")), recycle);
    }

    @Test
    void threeStageCascadeWithRecycleReachesNinetyPercentHeliumByEveryMethod() {
        CascadeResult newton = threeStage(RecycleSettings.DEFAULT).solve();
        assertThat(newton.recycle().converged()).as(newton.recycle().message()).isTrue();
        assertThat(newton.tearStreams()).containsExactly("R2", "R3");
        assertThat(newton.massBalanceError()).isLessThan(1e-8);
        ProductSummary p = newton.product().orElseThrow();
        assertThat(p.purity()).isGreaterThan(0.9);
        assertThat(newton.totalAreaM2()).isCloseTo(53.2, within(1e-9));
        // specific energy = power / (He molar flow x M_He)
        assertThat(p.specificEnergyJPerKg()).isCloseTo(newton.compressorPowerW() / p.massFlowKgPerS(),
                within(1e-9 * p.specificEnergyJPerKg()));
        for (RecycleMethod m : List.of(RecycleMethod.WEGSTEIN, RecycleMethod.DIRECT)) {
            CascadeResult other = threeStage(new RecycleSettings(m, 1e-10, 500, 60)).solve();
            assertThat(other.recycle().converged()).as(m.word()).isTrue();
            // the tear tolerances (1e-9, 1e-10 of the feed) bound the difference between the fixed points
            assertThat(other.product().orElseThrow().purity()).as(m.word()).isCloseTo(p.purity(), within(1e-7));
            assertThat(other.product().orElseThrow().recovery()).as(m.word()).isCloseTo(p.recovery(),
                    within(1e-7));
        }
    }

    @Test
    void aRecycleWithoutOutletIsReportedAsNotConvergedNeverAHang() {
        // feed -> mixer -> splitter sending everything back: no steady state exists
        ProcessStream feed = new ProcessStream(HE, new double[] {1}, 1e5, 300);
        for (RecycleMethod m : RecycleMethod.values()) {
            Flowsheet fs = new Flowsheet("loop", HE, Map.of("feed", feed), List.of(
                    new MixerUnit("M", List.of("feed", "back"), "mixed"),
                    new SplitterUnit("SP", "mixed", List.of("back", "out"), List.of(1.0, 0.0))), Optional.empty(),
                    new RecycleSettings(m, 1e-9, 200, 20));
            CascadeResult r = fs.solve();
            assertThat(r.recycle().converged()).as(m.word()).isFalse();
            assertThat(r.recycle().message()).as(m.word()).containsAnyOf("diverges", "singular", "no convergence");
        }
        CascadeResult limited = threeStage(new RecycleSettings(RecycleMethod.DIRECT, 1e-9, 2, 60)).solve();
        assertThat(limited.recycle().converged()).isFalse();
        assertThat(limited.recycle().message()).contains("no convergence in 2 iterations");
    }

    @Test
    void aFlowsheetMustBeConnectedSensibly() {
        ProcessStream feed = new ProcessStream(HE, new double[] {1}, 1e5, 300);
        Stage s = Stage.simple("S1", SeedCase.binary(1e-8, 1e-9), 1, new CrossFlow(), 0.5e5);
        assertThatThrownBy(() -> new Flowsheet("x", HE, Map.of("feed", feed), List.of(
                new StageUnit(s, "nowhere", Optional.empty(), "r", "p")), Optional.empty(), RecycleSettings.DEFAULT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'nowhere' is neither a feed");
        assertThatThrownBy(() -> new Flowsheet("x", HE, Map.of("feed", feed), List.of(
                new StageUnit(s, "feed", Optional.empty(), "r", "r")), Optional.empty(), RecycleSettings.DEFAULT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("produced twice");
        assertThatThrownBy(() -> new SplitterUnit("SP", "a", List.of("b", "c"), List.of(0.5, 0.6)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> new Compressor("C", 1e5, 1.2, 1, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("efficiency");
    }

    @Test
    void sweepsRecordImpossiblePointsAndSolveTheRest() {
        Flowsheet fs = Flowsheet.singleStage(SeedCase.stage(10, new CounterCurrent()), SeedCase.feed(),
                Optional.of("He"));
        ParameterSweep sweep = new ParameterSweep(fs, List.of(new SweepAxis(FlowsheetParameter.parse("S1.area"),
                new double[] {5, 10, 1000}), new SweepAxis(FlowsheetParameter.parse("feed.pressure"),
                        new double[] {30e5, 50e5})));
        List<double[]> points = sweep.points();
        assertThat(points).hasSize(6);
        SweepPoint ok = sweep.evaluate(points.get(3)); // 10 m2, 50 bar: the reference case
        assertThat(ok.result().orElseThrow().product().orElseThrow().purity()).isCloseTo(0.0797, within(0.00005));
        SweepPoint bad = sweep.evaluate(points.get(5)); // 1000 m2: the whole feed permeates
        assertThat(bad.result()).isEmpty();
        assertThat(bad.error().orElseThrow()).contains("whole feed");
    }
}
