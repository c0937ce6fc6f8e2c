package org.permlab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;

/** Design mode and the optimiser, checked against direct solves and each other. */
class DesignAndOptimiserTest {

    @Test
    void designFindsTheAreaOfAStageCut() {
        // the reference stage has a cut of 0.0643 at 10 m2 (CONVENTIONS §8): designing for the cut it gives
        // must return 10 m2
        Stage s = SeedCase.stage(1, new CounterCurrent());
        double cut = SeedCase.stage(10, new CounterCurrent()).solve(SeedCase.feed()).stageCut();
        DesignResult d = StageDesign.solve(s, SeedCase.feed(), new StageCutTarget(cut), DesignVariable.AREA,
                Optional.empty(), Optional.empty());
        assertThat(d.valueSi()).isCloseTo(10, within(1e-6));
        assertThat(d.achieved()).isCloseTo(cut, within(1e-9));
    }

    @Test
    void designsForPurityRecoveryAndFeedPressureMeetTheirTargets() {
        Stage s = SeedCase.stage(10, new CompleteMixing());
        DesignResult purity = StageDesign.solve(s, SeedCase.feed(), DesignTargets.parse("purity:He=0.06"),
                DesignVariable.AREA, Optional.empty(), Optional.empty());
        assertThat(s.withAreaM2(purity.valueSi()).solve(SeedCase.feed()).permeatePurity("He"))
                .isCloseTo(0.06, within(1e-8));
        DesignResult recovery = StageDesign.solve(s, SeedCase.feed(), DesignTargets.parse("recovery:helium=50%"),
                DesignVariable.FEED_PRESSURE, Optional.empty(), Optional.empty());
        assertThat(recovery.stage().recovery("He").orElseThrow()).isCloseTo(0.5, within(1e-8));
        assertThat(recovery.valueSi()).isGreaterThan(50e5); // 10 m2 recovers 42 % at 50 bar
    }

    @Test
    void anUnreachableTargetSaysWhatIsReachable() {
        assertThatThrownBy(() -> StageDesign.solve(SeedCase.stage(10, new CounterCurrent()), SeedCase.feed(),
                new PurityTarget("He", 0.5), DesignVariable.AREA, Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("out of reach")
                .hasMessageContaining("achieves");
        assertThatThrownBy(() -> DesignTargets.parse("purity:Xe=0.5")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown gas 'Xe'");
        assertThatThrownBy(() -> StageDesign.solve(SeedCase.stage(10, new CounterCurrent()), SeedCase.feed(),
                new RecoveryTarget("CO2", 0.5), DesignVariable.AREA, Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("carries no CO2");
    }

    @Test
    void theOptimiserFindsTheCheapestAreaThatMeetsARecovery() {
        // cost = area only, constraint He recovery >= 0.6 on a single stage: the optimum is the area at which the
        // recovery is exactly 0.6, which design mode finds independently by root finding
        Stage s = SeedCase.stage(10, new CounterCurrent());
        Flowsheet fs = Flowsheet.singleStage(s, SeedCase.feed(), Optional.of("He"));
        OptimisationResult o = CascadeOptimiser.optimise(fs, List.of(new OptimisationVariable(
                FlowsheetParameter.parse("S1.area"), 1, 60)), new CostModel(100, 0, 8000, "EUR"),
                List.of(new ProductConstraint("recovery", 0.6)), 200);
        DesignResult d = StageDesign.solve(s, SeedCase.feed(), new RecoveryTarget("He", 0.6), DesignVariable.AREA,
                Optional.empty(), Optional.empty());
        assertThat(o.feasible()).isTrue();
        // the penalty method lands within its feasibility band (1e-6 relative shortfall) of the constraint
        assertThat(o.optimumSi()[0]).isCloseTo(d.valueSi(), within(1e-3 * d.valueSi()));
        assertThat(o.annualCost()).isCloseTo(100 * o.optimumSi()[0], within(1e-9));
        assertThat(o.constraints().get("recovery")).isGreaterThanOrEqualTo(0.6 * (1 - 1e-6));
    }
}
