package org.permlab.app.tradeoff;

import java.util.List;

import org.permlab.gas.GasPair;
import org.permlab.tradeoff.PlacedPoint;
import org.permlab.tradeoff.UpperBound;

/**
 * Everything about one pair's plots, of core records: the pair's bounds, its placed points, the points the
 * permeability plot misses, and the figures written.
 *
 * @param pair       the pair
 * @param bounds     its bounds, oldest first
 * @param points     its points, placed
 * @param notPlotted one line per point without a permeability
 * @param figures    the figure files written
 */
public record PairResult(GasPair pair, List<UpperBound> bounds, List<PlacedPoint> points, List<String> notPlotted,
        List<String> figures) {

    public PairResult {
        bounds = List.copyOf(bounds);
        points = List.copyOf(points);
        notPlotted = List.copyOf(notPlotted);
        figures = List.copyOf(figures);
    }
}
