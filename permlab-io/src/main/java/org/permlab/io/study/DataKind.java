package org.permlab.io.study;

import org.permlab.result.Worded;

/** The kinds of instrument and input files a study may list, by the word used in study.yaml. */
public enum DataKind implements Worded {
    RIG_LOG("rig-log", "permeation rig log (CSV with units in the header)"),
    RIG_SCHEDULE("rig-schedule", "virtual-rig schedule (YAML) from which a rig log is simulated"),
    PERMEATION_RUN("permeation-run", "permeation run description (YAML): membrane, feed, sweep, segments"),
    GC_CALIBRATION("gc-calibration", "GC calibration (peak area to mole fraction, per species)"),
    PALS_SPECTRUM("pals-spectrum", "positron lifetime spectrum (counts per channel)"),
    PALS_CONTROL("pals-control", "POSITRONFIT / PALSfit control file"),
    XRD_SCAN("xrd-scan", "X-ray powder pattern (2-theta, intensity)"),
    CRYSTAL_STRUCTURE("cif", "crystal structure (CIF)"),
    DSC_CURVE("dsc-curve", "DSC curve (temperature, heat flow)"),
    FTIR_SPECTRUM("ftir-spectrum", "FTIR spectrum (wavenumber, absorbance or transmittance)"),
    ISOTHERM("isotherm", "adsorption isotherm (pressure, loading)"),
    THICKNESS_TABLE("thickness-table", "membrane thickness measurements (e.g. from SEM cross-sections)"),
    ELEMENT_PROFILE("element-profile", "EDXS element line profile across a membrane cross-section"),
    PROCESS_CASE("process-case", "membrane stage case (YAML)"),
    FLOWSHEET("flowsheet", "membrane cascade flowsheet (YAML)"),
    LITERATURE_POINTS("literature-points", "literature permeation data for trade-off plots (CSV)");

    private final String word;
    private final String description;

    DataKind(String word, String description) {
        this.word = word;
        this.description = description;
    }

    /** The word used in study.yaml, e.g. {@code rig-log}. */
    @Override
    public String word() {
        return word;
    }

    public String description() {
        return description;
    }
}
