package org.permlab.io.permeation;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.permlab.permeation.RigLog;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/**
 * Writes a rig log in the format {@link RigLogReader} reads: time in h, flows in mL/min at the given reference state,
 * pressures in bar, temperature in K, mole fractions in ppm ({@code nd} where not detected), with a comment line on
 * top. The numbers are written with fixed decimals in the root locale, so the same log gives the same bytes.
 */
public final class RigLogWriter {

    private RigLogWriter() {
    }

    /** Writes the log; {@code comment} becomes the first line, after {@code # }. */
    public static void write(RigLog log, ReferenceState flowReference, String comment, Writer out) throws IOException {
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
            sb.append(",y_").append(g).append(" [ppm]");
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
            for (double[] y : log.moleFraction()) {
                double v = y[r];
                sb.append(',').append(v == v ? String.format(Locale.ROOT, "%.3f", v * 1e6) : "nd");
            }
            sb.append('\n');
            out.write(sb.toString());
        }
    }
}
