package org.permlab.process;

import org.permlab.error.InvalidInputException;

/**
 * An annual cost of a cascade: membrane area (installed and replaced, annualised by the user) plus compressor
 * electricity. Cost = areaCostPerM2Year x area + energyCostPerKwh x power(kW) x operatingHoursPerYear, in the
 * user's currency per year.
 *
 * @param areaCostPerM2Year     annualised cost of one m^2 of membrane (module, housing, replacement), per year
 * @param energyCostPerKwh      electricity price per kWh
 * @param operatingHoursPerYear hours of operation per year
 * @param currency              the currency's name, for printing (e.g. {@code EUR})
 */
public record CostModel(double areaCostPerM2Year, double energyCostPerKwh, double operatingHoursPerYear,
        String currency) {

    public CostModel {
        if (!(areaCostPerM2Year >= 0) || !(energyCostPerKwh >= 0) || !(areaCostPerM2Year + energyCostPerKwh > 0)) {
            throw InvalidInputException.of("cost", "area and energy costs must be zero or positive, not both zero");
        }
        if (!(operatingHoursPerYear > 0 && operatingHoursPerYear <= 8784)) {
            throw InvalidInputException.of("cost.hours_per_year", "must be in (0, 8784], got "
                    + operatingHoursPerYear);
        }
    }

    /** Annual membrane cost for an area. */
    public double areaCost(double areaM2) {
        return areaCostPerM2Year * areaM2;
    }

    /** Annual electricity cost for a power. */
    public double energyCost(double powerW) {
        return energyCostPerKwh * powerW / 1e3 * operatingHoursPerYear;
    }

    public double annualCost(CascadeResult r) {
        return areaCost(r.totalAreaM2()) + energyCost(r.compressorPowerW());
    }
}
