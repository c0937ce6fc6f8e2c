package org.permlab.permeation;

import java.util.List;
import java.util.Map;

import org.permlab.error.InvalidInputException;

/**
 * What a Wicke-Kallenbach rig recorded, one row per GC injection, column by column and in SI.
 *
 * <p>A mole fraction the GC did not detect (below its detection limit) is {@link Double#NaN} in
 * {@link #moleFraction}; the reducer turns it into a {@link GcReading.BelowDetectionLimit} state with the
 * run's detection limit, never into a zero.
 *
 * @param source             the file as the user named it (for messages)
 * @param feedGases          the gases with a feed mass-flow controller column, in column order
 * @param gcSpecies          the species the GC reports, in column order
 * @param sweepGas           the sweep gas (argon in the seed paper)
 * @param timeS              time since the start of the log, s
 * @param feedFlowMolPerS    [feed gas][row] MFC readings, mol s^-1
 * @param sweepFlowMolPerS   sweep MFC reading, mol s^-1
 * @param feedPressurePa     feed-side pressure, Pa (absolute)
 * @param permeatePressurePa permeate-side pressure, Pa (absolute)
 * @param temperatureK       cell temperature, K
 * @param moleFraction       [GC species][row] mole fraction in the sweep outlet; NaN = not detected
 * @param line               [row] the row's line in the file (1-based), for messages
 * @param problems           rows that failed validation; the condition holding such a row is not reduced
 */
public record RigLog(String source, List<String> feedGases, List<String> gcSpecies, String sweepGas, double[] timeS,
        double[][] feedFlowMolPerS, double[] sweepFlowMolPerS, double[] feedPressurePa, double[] permeatePressurePa,
        double[] temperatureK, double[][] moleFraction, int[] line, List<RowProblem> problems) {

    public RigLog {
        feedGases = List.copyOf(feedGases);
        gcSpecies = List.copyOf(gcSpecies);
        problems = List.copyOf(problems);
        int n = timeS.length;
        if (feedFlowMolPerS.length != feedGases.size() || moleFraction.length != gcSpecies.size()) {
            throw new IllegalArgumentException("column lists and arrays differ in length");
        }
        for (double[] c : feedFlowMolPerS) {
            check(c, n);
        }
        for (double[] c : moleFraction) {
            check(c, n);
        }
        check(sweepFlowMolPerS, n);
        check(feedPressurePa, n);
        check(permeatePressurePa, n);
        check(temperatureK, n);
        if (line.length != n) {
            throw new IllegalArgumentException("line numbers: expected " + n + " rows, got " + line.length);
        }
    }

    private static void check(double[] column, int n) {
        if (column.length != n) {
            throw new IllegalArgumentException("expected " + n + " rows, got a column of " + column.length);
        }
    }

    /** Number of rows (injections). */
    public int rows() {
        return timeS.length;
    }

    /** The index of a feed gas's column, or -1. */
    public int feedIndex(String gas) {
        return feedGases.indexOf(gas);
    }

    /** The index of a GC species' column, or -1. */
    public int gcIndex(String gas) {
        return gcSpecies.indexOf(gas);
    }

    /**
     * A row that failed validation.
     *
     * @param row     0-based data row
     * @param line    1-based line in the file
     * @param column  1-based column, 0 when the whole row is concerned
     * @param field   the column's header text, e.g. {@code feed_flow_He [mL/min]}
     * @param problem what is wrong
     */
    public record RowProblem(int row, int line, int column, String field, String problem) {

        /** The problem as bad input in the log's file. */
        public InvalidInputException toException(String source) {
            return InvalidInputException.at(source, line, column, field, "row " + (row + 1) + ": " + problem);
        }
    }

    /** Map view of the feed flows of one row, mol s^-1 (for messages and tests). */
    public Map<String, Double> feedFlowsAt(int row) {
        java.util.LinkedHashMap<String, Double> m = new java.util.LinkedHashMap<>();
        for (int g = 0; g < feedGases.size(); g++) {
            m.put(feedGases.get(g), feedFlowMolPerS[g][row]);
        }
        return m;
    }
}
