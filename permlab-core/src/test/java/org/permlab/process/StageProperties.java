package org.permlab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.permlab.error.InvalidInputException;

/** Properties of every stage solver over random valid cases. */
class StageProperties {

    /**
     * CONVENTIONS §8: the permeate purity of the fastest species orders the flow patterns, counter-current &gt;
     * cross-flow &gt; co-current &gt; complete mixing, compared as the literature compares them, at the same stage cut
     * (Walawender and Stern, Sep. Sci. 7 (1972) 553; Pan and Habgood, Can. J. Chem. Eng. 56 (1978) 197). Each
     * pattern's area is designed to the cut. (At equal area the order can break at high cuts: counter-current
     * permeates more, and purity falls with the cut; a 53 % cut with a He/N2 selectivity of 2 showed cross-flow
     * 1e-7 purer.) The margin 1e-7 covers the design tolerance (1e-9 relative in area) and solver errors (1e-8).
     */
    @Property(tries = 40)
    void flowPatternsAreOrderedByPermeatePurity(@ForAll @DoubleRange(min = 5, max = 500) double heGpu,
            @ForAll @DoubleRange(min = 2, max = 60) double alphaN2,
            @ForAll @DoubleRange(min = 2, max = 60) double alphaCh4,
            @ForAll @DoubleRange(min = 0.003, max = 0.5) @Scale(4) double xHe,
            @ForAll @DoubleRange(min = 0, max = 1) double shareN2,
            @ForAll @DoubleRange(min = 3, max = 100) double pFeedBar,
            @ForAll @DoubleRange(min = 0.02, max = 0.6) double stageCut) {
        Membrane m = SeedCase.membrane(heGpu, alphaN2, alphaCh4);
        ProcessStream f = SeedCase.feed(xHe, shareN2, pFeedBar);
        double[] purity = new double[4];
        List<FlowPattern> patterns = FlowPattern.all();
        for (int i = 0; i < 4; i++) {
            DesignResult d = StageDesign.solve(Stage.simple("S", m, 1, patterns.get(i), 1e5), f,
                    new StageCutTarget(stageCut), DesignVariable.AREA, Optional.empty(), Optional.empty());
            assertThat(d.stage().solver().converged()).as(d.stage().solver().message()).isTrue();
            assertThat(d.achieved()).isCloseTo(stageCut, org.assertj.core.api.Assertions.within(1e-7));
            purity[i] = d.stage().permeatePurity("He");
        }
        assertThat(purity[0]).as("counter-current >= cross-flow").isGreaterThan(purity[1] - 1e-7);
        assertThat(purity[1]).as("cross-flow >= co-current").isGreaterThan(purity[2] - 1e-7);
        assertThat(purity[2]).as("co-current >= complete mixing").isGreaterThan(purity[3] - 1e-7);
        assertThat(purity[0]).as("counter-current > complete mixing").isGreaterThan(purity[3]);
    }

    /** Every species balances, for every pattern, with or without sweep and hollow-fibre pressure drop. */
    @Property(tries = 80)
    void massBalanceClosesForEverySpecies(@ForAll @DoubleRange(min = 1, max = 1000) double heGpu,
            @ForAll @DoubleRange(min = 1.2, max = 100) double alphaN2,
            @ForAll @DoubleRange(min = 1.2, max = 100) double alphaCh4,
            @ForAll @DoubleRange(min = 0.001, max = 0.9) @Scale(4) double xHe,
            @ForAll @DoubleRange(min = 0, max = 1) double shareN2,
            @ForAll @DoubleRange(min = 2, max = 100) double pFeedBar,
            @ForAll @DoubleRange(min = 0.001, max = 0.6) @Scale(4) double areaFraction,
            @ForAll @IntRange(min = 0, max = 3) int patternIndex,
            @ForAll boolean sweep, @ForAll boolean hollowFibre) {
        FlowPattern pattern = FlowPattern.all().get(patternIndex);
        Assume.that(!(sweep && pattern instanceof CrossFlow));
        Membrane m = SeedCase.membrane(heGpu, alphaN2, alphaCh4);
        ProcessStream f = SeedCase.feed(xHe, shareN2, pFeedBar);
        double aMax = CompleteMixingSolver.maxArea(StageModel.of(Stage.simple("S", m, 1, new CompleteMixing(),
                1e5), f, new CompleteMixing()));
        double area = Math.min(areaFraction * aMax, 1e5);
        ModuleGeometry module = hollowFibre
                ? new HollowFibre(area / (Math.PI * 500e-6), 300e-6, 500e-6, 1.0, FeedSide.SHELL, Optional.of(
                        Math.sqrt(3 * area / (Math.PI * 500e-6)) * 500e-6))
                : new FlatSheet(area);
        Optional<ProcessStream> sw = sweep
                ? Optional.of(new ProcessStream(List.of("N2"), new double[] {0.05}, 1e5, 423)) : Optional.empty();
        Stage s = new Stage("S", m, module, pattern, 1e5, Optional.empty(), sw, SolverSettings.DEFAULT);
        StageResult r;
        try {
            r = s.solve(f);
        } catch (InvalidInputException e) {
            // the whole feed permeates, or the pressure drop eats the driving force: refused, not solved
            Assume.that(false);
            return;
        }
        assertThat(r.solver().converged()).as(r.solver().message()).isTrue();
        assertThat(r.massBalanceError()).isLessThan(1e-8);
        for (String sp : r.species()) {
            double in = r.feed().flowMolS(sp) + r.sweep().map(x -> x.flowMolS(sp)).orElse(0.0);
            double out = r.retentate().flowMolS(sp) + r.permeate().flowMolS(sp);
            assertThat(Math.abs(in - out) / (1 + 0.05)).isLessThan(1e-8);
        }
        // with a sweep the net permeation may be negative (the sweep permeates back)
        assertThat(r.stageCut()).isBetween(sweep ? -0.05 - 1e-12 : -1e-12, 1.0);
    }
}
