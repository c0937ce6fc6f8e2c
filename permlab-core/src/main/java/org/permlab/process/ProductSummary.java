package org.permlab.process;

import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;

/**
 * What a flowsheet delivers of its product species.
 *
 * @param stream               the product stream
 * @param species              the product species
 * @param purity               its mole fraction in the product
 * @param recovery             its product flow over its total feed flow
 * @param massFlowKgPerS       its mass flow in the product, kg s^-1
 * @param specificEnergyJPerKg compressor power over that mass flow, J kg^-1
 */
public record ProductSummary(String stream, String species, double purity, double recovery, double massFlowKgPerS,
        double specificEnergyJPerKg) {

    /** The specific energy in kWh per kg of the product species. */
    public double specificEnergyKwhPerKg() {
        return KWH_PER_KG.fromSi(specificEnergyJPerKg, ReferenceState.NORMAL);
    }

    private static final Unit KWH_PER_KG = Units.parse("kWh/kg");
}
