package org.permlab.quantity;

import java.util.List;
import java.util.Optional;

/**
 * A gas flow read as a volume per time at a reference state (what a mass-flow controller displays): the molar
 * flow is V-dot p_ref / (R T_ref).
 *
 * <p>CONVENTIONS §1: the reference state depends on the maker; units such as {@code sccm} (0 C, 1 atm) or
 * {@code mls/min} (20 C, 1 atm) fix it, while a plain {@code mL/min} takes the state the user states
 * (default 0 C, 1 atm), and the state used is printed with the result.
 *
 * @param symbol            canonical symbol
 * @param aliases           other accepted spellings
 * @param cubicMetresPerSecond volume flow of one unit, m^3 s^-1 at the reference state
 * @param fixedState        the unit's own reference state, or empty when the user chooses it
 * @param description       definition, one line
 */
public record StandardFlowUnit(String symbol, List<String> aliases, double cubicMetresPerSecond,
        Optional<ReferenceState> fixedState, String description) implements Unit {

    public StandardFlowUnit {
        aliases = List.copyOf(aliases);
    }

    @Override
    public Dimension dimension() {
        return Dimension.MOLAR_FLOW;
    }

    private ReferenceState state(ReferenceState flowReference) {
        return fixedState.orElse(flowReference == null ? ReferenceState.NORMAL : flowReference);
    }

    @Override
    public double toSi(double value, ReferenceState flowReference) {
        return value * cubicMetresPerSecond * state(flowReference).molesPerCubicMetre();
    }

    @Override
    public double fromSi(double siValue, ReferenceState flowReference) {
        return siValue / (cubicMetresPerSecond * state(flowReference).molesPerCubicMetre());
    }

    @Override
    public Optional<ReferenceState> referenceStateUsed(ReferenceState flowReference) {
        return Optional.of(state(flowReference));
    }

    @Override
    public boolean takesFlowReference() {
        return fixedState.isEmpty();
    }
}
