package org.permlab.process;

import org.permlab.error.InvalidInputException;

/**
 * A lower bound on the flowsheet product's purity or recovery (of its product species).
 *
 * @param quantity {@code purity} or {@code recovery}
 * @param minimum  the bound, in (0, 1)
 */
public record ProductConstraint(String quantity, double minimum) {

    public ProductConstraint {
        if (!quantity.equals("purity") && !quantity.equals("recovery")) {
            throw InvalidInputException.of("constraints", "a constraint is on purity or recovery, got '" + quantity
                    + "'");
        }
        if (!(minimum > 0 && minimum < 1)) {
            throw InvalidInputException.of("constraints", quantity + " bound must be in (0, 1), got " + minimum);
        }
    }

    /** The constrained value of a solved cascade. */
    public double value(CascadeResult r) {
        ProductSummary p = r.product().orElseThrow(() -> InvalidInputException.of("product", "an optimisation "
                + "with constraints needs a product stream and species"));
        return quantity.equals("purity") ? p.purity() : p.recovery();
    }
}
