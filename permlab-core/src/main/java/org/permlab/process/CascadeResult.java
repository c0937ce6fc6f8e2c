package org.permlab.process;

import java.util.List;
import java.util.Optional;

import org.permlab.result.Convention;
import org.permlab.result.Conventions;

/**
 * A solved flowsheet.
 *
 * @param name             the flowsheet
 * @param species          species order
 * @param streams          every stream, feeds first
 * @param stages           the stages' results, in unit order
 * @param compressors      the compressors' results, in unit order
 * @param totalAreaM2      membrane area of all stages, m^2
 * @param compressorPowerW power of all compressors, W
 * @param product          the product's purity, recovery and specific energy, when a product is named
 * @param massBalanceError max over species of |feeds - products| / total feed flow
 * @param recycle          how the recycle iteration went (converged, passes, residual)
 * @param tearStreams      the streams torn to converge recycles
 * @param recycleState     where the recycle iteration ended (to start a nearby flowsheet from)
 * @param conventions      the definitions the flowsheet's numbers follow (compressors, mixers, product)
 */
public record CascadeResult(String name, List<String> species, List<NamedStream> streams, List<StageResult> stages,
        List<CompressorResult> compressors, double totalAreaM2, double compressorPowerW,
        Optional<ProductSummary> product, double massBalanceError, SolverReport recycle, List<String> tearStreams,
        RecycleState recycleState, Conventions conventions) {

    public CascadeResult {
        species = List.copyOf(species);
        streams = List.copyOf(streams);
        stages = List.copyOf(stages);
        compressors = List.copyOf(compressors);
        tearStreams = List.copyOf(tearStreams);
    }

    /** The conventions of every solved flowsheet. */
    static final Conventions CONVENTIONS = Conventions.of(
            Convention.of("compressors", "ideal gas, constant cp (ideal-gas cp at 298.15 K, mole-fraction average), "
                    + "equal stage pressure ratios, intercooled and aftercooled to the intercooler temperature; "
                    + "power = n sum cp T_s (r^(R/cp) - 1) / eta_s; cooler duties not counted"),
            Convention.of("mixers", "outlet at the lowest inlet pressure (the others throttled), adiabatic ideal-gas "
                    + "mixing"),
            Convention.of("specific_energy", "compressor power / product mass flow of the product species"),
            Convention.of("recovery", "product flow of the species / its total feed flow"),
            Convention.of("mass_balance_error", "max over species of |feeds - products| / total feed flow"),
            Convention.of("stages", "each stage follows the stage conventions listed with it"));

    /** The product's specific energy, kWh per kg of the product species, when a product is named. */
    public Optional<Double> specificEnergyKwhPerKg() {
        return product.map(ProductSummary::specificEnergyKwhPerKg);
    }

    /** The stream with this name. */
    public Optional<NamedStream> stream(String streamName) {
        return streams.stream().filter(s -> s.name().equals(streamName)).findFirst();
    }
}
