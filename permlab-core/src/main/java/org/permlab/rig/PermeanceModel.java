package org.permlab.rig;

/**
 * How a membrane's permeance to one gas depends on the cell temperature and the feed pressure: the truth the virtual
 * rig measures. One record per model (STYLE); a new model is one new record.
 */
public sealed interface PermeanceModel permits ArrheniusPermeance {

    /** Permeance, mol m^-2 s^-1 Pa^-1, at a temperature (K) and feed pressure (Pa). */
    double permeanceSi(double temperatureK, double feedPressurePa);
}
