package org.permlab.io.study;

import java.util.Optional;

import org.permlab.quantity.Measured;
import org.permlab.tradeoff.MembraneClass;

/**
 * A sample of the study.
 *
 * @param id          unique within the study
 * @param kind        membrane or powder
 * @param material    e.g. {@code ZIF-62 glass}
 * @param layerClass  the kind of selective layer (polymer, MOF glass...), as trade-off plots group membranes
 * @param areaM2      membrane area with its uncertainty, m^2 (required for membranes)
 * @param thicknessM  selective-layer thickness with its uncertainty, m
 * @param derivedFrom the sample this one was made from (a glass membrane from a polycrystalline one)
 * @param synthesis   how it was made
 * @param notes       free text
 */
public record Sample(String id, SampleKind kind, String material, Optional<MembraneClass> layerClass,
        Optional<Measured> areaM2,
        Optional<Measured> thicknessM, Optional<String> derivedFrom, Optional<SynthesisRecord> synthesis,
        Optional<String> notes) {
}
