package org.permlab.app.tradeoff;

import java.util.ArrayList;
import java.util.List;

import org.permlab.app.text.Format;
import org.permlab.tradeoff.BoundComparison;
import org.permlab.gas.GasPair;
import org.permlab.tradeoff.PlacedPoint;
import org.permlab.tradeoff.TradeOff;
import org.permlab.tradeoff.TradeOffPoint;
import org.permlab.tradeoff.UpperBound;
import org.permlab.tradeoff.UpperBounds;

/**
 * One pair's points placed against its bounds, and the table both the verb and the report print.
 *
 * @param pair       the pair
 * @param bounds     its bounds, oldest first
 * @param placed     its points, in the order given
 * @param notPlotted one line per point that misses the permeability plot (no thickness)
 */
record PairPlacement(GasPair pair, List<UpperBound> bounds, List<PlacedPoint> placed, List<String> notPlotted) {

    static PairPlacement of(GasPair pair, List<TradeOffPoint> points, UpperBounds bounds) {
        List<TradeOffPoint> mine = points.stream().filter(p -> p.pair().equals(pair)).toList();
        List<PlacedPoint> placed = TradeOff.placeAll(mine, bounds);
        List<String> notPlotted = new ArrayList<>();
        for (PlacedPoint p : placed) {
            if (p.permeabilityFastSi().isEmpty()) {
                notPlotted.add(p.point().label() + " (" + p.point().origin() + "): no thickness, so no permeability;"
                        + " shown in the permeance plot only, no distance to a bound");
            }
        }
        return new PairPlacement(pair, bounds.forPair(pair), placed, notPlotted);
    }

    PairResult result(List<String> figures) {
        return new PairResult(pair, bounds, placed, notPlotted, figures);
    }

    /** The points table's headers with a last column naming each point's source (for the report). */
    List<String> headerWithSource() {
        List<String> h = new ArrayList<>(header());
        h.add("Source");
        return h;
    }

    /** The points table's rows with each point's reference and DOI (for the report). */
    List<List<String>> rowsWithSource() {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> plain = rows();
        for (int i = 0; i < plain.size(); i++) {
            TradeOffPoint t = placed.get(i).point();
            List<String> row = new ArrayList<>(plain.get(i));
            row.add(t.reference() + t.doi().map(d -> ", doi:" + d).orElse(""));
            rows.add(row);
        }
        return rows;
    }

    /** Column headers of the points table; units in every header. */
    List<String> header() {
        List<String> h = new ArrayList<>(List.of("Membrane", "Class", "T (K)", "Selectivity kind",
                pair.fast() + " permeance (GPU)", pair.fast() + " permeability (Barrer)", pair + " selectivity"));
        for (UpperBound b : bounds) {
            h.add("d to " + b.name() + " (1)");
            h.add("gap to " + b.name() + " (1)");
        }
        return h;
    }

    /** One row per point, numbers with their uncertainties. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (PlacedPoint p : placed) {
            TradeOffPoint t = p.point();
            List<String> row = new ArrayList<>();
            row.add(t.isStudy() ? t.label() + " (this study)" : t.label());
            row.add(t.materialClass().label());
            row.add(t.temperatureK().map(k -> Format.sig(k, 5)).orElse("-"));
            row.add(t.kind().label());
            row.add(p.permeanceFastGpu().map(m -> measured(m) + mark(p.permeanceBasis())).orElse("-"));
            row.add(p.permeabilityFastBarrer().map(m -> measured(m) + mark(p.permeabilityBasis())).orElse("-"));
            row.add(measured(t.selectivity()));
            for (UpperBound b : bounds) {
                BoundComparison c = p.comparisons().stream().filter(x -> x.year() == b.year()).findFirst()
                        .orElse(null);
                row.add(c == null ? "-" : measured(c.distance()));
                row.add(c == null ? "-" : measured(c.selectivityGap()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String mark(String basis) {
        return TradeOff.GIVEN.equals(basis) ? "" : " *";
    }

    static String measured(org.permlab.quantity.Measured m) {
        return m.sd() > 0 ? Format.measured(m.value(), m.sd()) : Format.sig(m.value(), 4);
    }
}
