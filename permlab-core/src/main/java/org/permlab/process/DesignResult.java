package org.permlab.process;

import java.util.Optional;

import org.permlab.result.Convention;
import org.permlab.result.Conventions;

/**
 * A designed stage.
 *
 * @param target       what it had to achieve
 * @param variable     what was varied
 * @param valueSi      the value found (area m^2 or feed pressure Pa)
 * @param achieved     what the designed stage achieves (equal to the target within the tolerance)
 * @param stage        the designed stage, solved
 * @param solver       how the search went (evaluations, residual)
 * @param conventions  how the target and the search are defined
 */
public record DesignResult(DesignTarget target, DesignVariable variable, double valueSi, double achieved,
        StageResult stage, SolverReport solver, Conventions conventions) {

    /** The conventions of every design result. */
    static final Conventions CONVENTIONS = Conventions.of(
            Convention.of("target", "purity = permeate mole fraction; recovery = (permeate - sweep) / feed; stage cut "
                    + "= permeated / feed flow"),
            Convention.of("search", "logarithmic scan of the variable to bracket the target, then Brent to 1e-9 "
                    + "relative"),
            Convention.of("stage", "the designed stage follows the stage conventions listed with it"));

    /** The area found, m^2, when the area was varied. */
    public Optional<Double> areaM2() {
        return variable == DesignVariable.AREA ? Optional.of(valueSi) : Optional.empty();
    }

    /** The feed pressure found, Pa, when the feed pressure was varied. */
    public Optional<Double> feedPressurePa() {
        return variable == DesignVariable.FEED_PRESSURE ? Optional.of(valueSi) : Optional.empty();
    }
}
