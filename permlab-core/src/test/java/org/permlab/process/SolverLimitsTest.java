package org.permlab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;

/** Iteration and evaluation counts decide every result; the wall-clock limit is only a reported safety net. */
class SolverLimitsTest {

    private static final List<FlowPattern> ITERATING = List.of(new CounterCurrent(), new CoCurrent(),
            new CrossFlow());

    private static SolverSettings withTime(SolverSettings s, double timeLimitS) {
        return new SolverSettings(s.nodes(), s.maxNodes(), s.tolerance(), s.maxIterations(), s.maxEvaluations(),
                timeLimitS);
    }

    private static void assertSameNumbers(StageResult a, StageResult b, String what) {
        assertThat(b.retentate().componentFlowsMolS()).as(what).containsExactly(a.retentate().componentFlowsMolS());
        assertThat(b.permeate().componentFlowsMolS()).as(what).containsExactly(a.permeate().componentFlowsMolS());
        assertThat(b.retentate().pressurePa()).as(what).isEqualTo(a.retentate().pressurePa());
        assertThat(b.stageCut()).as(what).isEqualTo(a.stageCut());
        assertThat(b.solver().iterations()).as(what).isEqualTo(a.solver().iterations());
        assertThat(b.solver().nodes()).as(what).isEqualTo(a.solver().nodes());
        assertThat(b.solver().status()).as(what).isEqualTo(a.solver().status());
        assertThat(b.solver().converged()).as(what).isEqualTo(a.solver().converged());
    }

    @Test
    void aConvergedStageDoesNotDependOnTheWallClockLimit() {
        for (FlowPattern p : ITERATING) {
            Stage stage = SeedCase.stage(10, p);
            StageResult usual = stage.withSettings(SolverSettings.DEFAULT).solve(SeedCase.feed());
            assertThat(usual.solver().status()).as(p.word()).isEqualTo(SolverStatus.CONVERGED);
            for (double limit : new double[] {1e6, Double.POSITIVE_INFINITY}) {
                StageResult other = stage.withSettings(withTime(SolverSettings.DEFAULT, limit))
                        .solve(SeedCase.feed());
                assertSameNumbers(usual, other, p.word() + " with time_limit " + limit);
            }
        }
    }

    @Test
    void whenTheIterationLimitBindsFirstTheWallClockLimitChangesNothing() {
        SolverSettings oneStep = new SolverSettings(200, 6400, 1e-6, 1, 30);
        StageResult a = SeedCase.stage(10, new CounterCurrent()).withSettings(oneStep).solve(SeedCase.feed());
        StageResult b = SeedCase.stage(10, new CounterCurrent()).withSettings(withTime(oneStep,
                Double.POSITIVE_INFINITY)).solve(SeedCase.feed());
        assertSameNumbers(a, b, "one Newton step");
        assertThat(b.solver().residual()).isEqualTo(a.solver().residual());
        assertThat(b.solver().message()).isEqualTo(a.solver().message());
    }

    @Test
    void hittingTheIterationLimitIsAStatusNotAConvergedNumber() {
        for (FlowPattern p : List.of(new CounterCurrent(), new CoCurrent())) {
            StageResult r = SeedCase.stage(10, p).withSettings(new SolverSettings(200, 6400, 1e-6, 1,
                    Double.POSITIVE_INFINITY)).solve(SeedCase.feed());
            assertThat(r.solver().converged()).as(p.word()).isFalse();
            assertThat(r.solver().status()).as(p.word()).isEqualTo(SolverStatus.ITERATION_LIMIT);
            assertThat(r.solver().status().word()).isEqualTo("iteration_limit");
            assertThat(r.solver().message()).as(p.word()).contains("no convergence in 1 Newton iterations")
                    .contains("max_iterations");
        }
        // the cross-flow integration (and the cross-flow start of co- and counter-current) counts evaluations
        SolverSettings fewEvaluations = new SolverSettings(200, 6400, 1e-6, 100, 10, Double.POSITIVE_INFINITY);
        for (FlowPattern p : ITERATING) {
            StageResult r = SeedCase.stage(10, p).withSettings(fewEvaluations).solve(SeedCase.feed());
            assertThat(r.solver().converged()).as(p.word()).isFalse();
            assertThat(r.solver().status()).as(p.word()).isEqualTo(SolverStatus.ITERATION_LIMIT);
            assertThat(r.solver().message()).as(p.word()).contains("evaluation limit of 10")
                    .contains("max_evaluations");
        }
    }

    @Test
    void trippingTheWallClockSafetyNetIsReportedAsTimeLimit() {
        SolverSettings tight = withTime(SolverSettings.DEFAULT, 1e-9);
        for (FlowPattern p : ITERATING) {
            StageResult r = SeedCase.stage(10, p).withSettings(tight).solve(SeedCase.feed());
            assertThat(r.solver().converged()).as(p.word()).isFalse();
            assertThat(r.solver().status()).as(p.word()).isEqualTo(SolverStatus.TIME_LIMIT);
            assertThat(r.solver().status().word()).isEqualTo("time_limit");
            assertThat(r.solver().message()).as(p.word()).contains("time limit").contains("safety net");
        }
        CascadeResult c = CascadeTest.threeStage(new RecycleSettings(RecycleMethod.NEWTON, 1e-9, 200, 1e-9))
                .solve();
        assertThat(c.recycle().converged()).isFalse();
        assertThat(c.recycle().status()).isEqualTo(SolverStatus.TIME_LIMIT);
        assertThat(c.recycle().message()).contains("time limit").contains("safety net");
    }

    @Test
    void aConvergedRecycleDoesNotDependOnTheWallClockLimit() {
        CascadeResult usual = CascadeTest.threeStage(RecycleSettings.DEFAULT).solve();
        CascadeResult unlimited = CascadeTest.threeStage(new RecycleSettings(RecycleMethod.NEWTON, 1e-9, 200,
                Double.POSITIVE_INFINITY)).solve();
        assertThat(usual.recycle().status()).isEqualTo(SolverStatus.CONVERGED);
        assertThat(unlimited.recycle().status()).isEqualTo(SolverStatus.CONVERGED);
        assertThat(unlimited.recycle().iterations()).isEqualTo(usual.recycle().iterations());
        assertThat(unlimited.product().orElseThrow().purity()).isEqualTo(usual.product().orElseThrow().purity());
        assertThat(unlimited.totalAreaM2()).isEqualTo(usual.totalAreaM2());
        assertThat(unlimited.compressorPowerW()).isEqualTo(usual.compressorPowerW());
        for (int k = 0; k < usual.streams().size(); k++) {
            assertThat(unlimited.streams().get(k).stream().componentFlowsMolS())
                    .containsExactly(usual.streams().get(k).stream().componentFlowsMolS());
        }
        // an iteration limit that binds first: the same unconverged report, whatever the wall-clock limit
        CascadeResult a = CascadeTest.threeStage(new RecycleSettings(RecycleMethod.DIRECT, 1e-9, 2, 60)).solve();
        CascadeResult b = CascadeTest.threeStage(new RecycleSettings(RecycleMethod.DIRECT, 1e-9, 2,
                Double.POSITIVE_INFINITY)).solve();
        assertThat(a.recycle().status()).isEqualTo(SolverStatus.ITERATION_LIMIT);
        assertThat(b.recycle()).isEqualTo(a.recycle());
        assertThat(a.recycle().message()).contains("no convergence in 2 iterations").contains("max_iterations");
    }

    @Test
    void settingsAndReportsAreConsistent() {
        assertThatThrownBy(() -> new SolverSettings(200, 6400, 1e-6, 100, 0, 30))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("max_evaluations");
        assertThat(SolverSettings.DEFAULT.maxEvaluations()).isEqualTo(SolverSettings.DEFAULT_MAX_EVALUATIONS);
        assertThat(new SolverSettings(200, 6400, 1e-6, 100, 30).maxEvaluations()).isEqualTo(5_000_000);
        assertThatThrownBy(() -> new SolverReport(true, "m", 0, 0, 0, 0, "x", SolverStatus.TIME_LIMIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SolverReport(false, "m", 0, 0, 0, 0, "x").status()).isEqualTo(SolverStatus.NOT_CONVERGED);
        assertThat(new SolverReport(true, "m", 0, 0, 0, 0, "x").status()).isEqualTo(SolverStatus.CONVERGED);
    }
}
