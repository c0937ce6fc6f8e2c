package org.permlab.io.permeation;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

import org.permlab.permeation.GcCalibration;
import org.permlab.permeation.RigLog;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/**
 * Writes a rig log in the format {@link RigLogReader} reads: time in h, flows in mL/min at the given reference state,
 * pressures in bar, temperature in K, mole fractions in ppm ({@code nd} where not detected), with a comment line on
 * top. The numbers are written with fixed decimals in the root locale, so the same log gives the same bytes.
 *
 * <p>With a GC calibration the GC columns are peak areas instead ({@code area_He [pA s]}, 7 significant digits),
 * the areas that the calibration turns into the simulated mole fractions, as a real integrator reports them.
 */
public final class RigLogWriter {

    private RigLogWriter() {
    }

    /** Writes the log with mole fractions; {@code comment} becomes the first line, after {@code # }. */
    public static void write(RigLog log, ReferenceState flowReference, String comment, Writer out) throws IOException {
        write(log, flowReference, comment, Optional.empty(), out);
    }

    /**
     * Writes the log, with peak areas when a calibration is given; {@code comment} becomes the first line.
     *
     * @throws org.permlab.error.InvalidInputException if the calibration lacks a GC species or cannot reach one of
     *                                                 its mole fractions
     */
    public static void write(RigLog log, ReferenceState flowReference, String comment,
            Optional<GcCalibration> calibration, Writer out) throws IOException {
        double ml = Units.ML_PER_MIN.toSi(1, flowReference);
        StringBuilder sb = new StringBuilder(256);
        sb.append("# ").append(comment.replace('\n', ' ')).append('\n');
        sb.append("time [h]");
        for (String g : log.feedGases()) {
            sb.append(",feed_flow_").append(g).append(" [mL/min]");
        }
        sb.append(",sweep_flow_").append(log.sweepGas()).append(" [mL/min]");
        sb.append(",feed_pressure [bar],permeate_pressure [bar],temperature [K]");
        for (String g : log.gcSpecies()) {
            if (calibration.isPresent()) {
                calibration.get().polynomial(g); // fails early, naming the species, if it has no calibration
                sb.append(",area_").append(g).append(" [").append(calibration.get().areaUnit()).append(']');
            } else {
                sb.append(",y_").append(g).append(" [ppm]");
            }
        }
        sb.append('\n');
        out.write(sb.toString());
        for (int r = 0; r < log.rows(); r++) {
            sb.setLength(0);
            sb.append(String.format(Locale.ROOT, "%.4f", log.timeS()[r] / 3600.0));
            for (double[] f : log.feedFlowMolPerS()) {
                sb.append(',').append(String.format(Locale.ROOT, "%.4f", f[r] / ml));
            }
            sb.append(',').append(String.format(Locale.ROOT, "%.4f", log.sweepFlowMolPerS()[r] / ml));
            sb.append(',').append(String.format(Locale.ROOT, "%.5f", log.feedPressurePa()[r] / 1e5));
            sb.append(',').append(String.format(Locale.ROOT, "%.5f", log.permeatePressurePa()[r] / 1e5));
            sb.append(',').append(String.format(Locale.ROOT, "%.2f", log.temperatureK()[r]));
            for (int k = 0; k < log.gcSpecies().size(); k++) {
                double v = log.moleFraction()[k][r];
                sb.append(',');
                if (Double.isNaN(v)) {
                    sb.append("nd");
                } else if (calibration.isPresent()) {
                    sb.append(String.format(Locale.ROOT, "%.6e", calibration.get().peakArea(log.gcSpecies().get(k),
                            v)));
                } else {
                    sb.append(String.format(Locale.ROOT, "%.3f", v * 1e6));
                }
            }
            sb.append('\n');
            out.write(sb.toString());
        }
    }
}
