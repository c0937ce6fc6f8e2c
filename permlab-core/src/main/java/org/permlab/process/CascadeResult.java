package org.permlab.process;

import java.util.List;
import java.util.Optional;

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
 */
public record CascadeResult(String name, List<String> species, List<NamedStream> streams, List<StageResult> stages,
        List<CompressorResult> compressors, double totalAreaM2, double compressorPowerW,
        Optional<ProductSummary> product, double massBalanceError, SolverReport recycle, List<String> tearStreams,
        RecycleState recycleState) {

    public CascadeResult {
        species = List.copyOf(species);
        streams = List.copyOf(streams);
        stages = List.copyOf(stages);
        compressors = List.copyOf(compressors);
        tearStreams = List.copyOf(tearStreams);
    }

    /** The stream with this name. */
    public Optional<NamedStream> stream(String streamName) {
        return streams.stream().filter(s -> s.name().equals(streamName)).findFirst();
    }
}
