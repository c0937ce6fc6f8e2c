package org.permlab.io.tradeoff;

import java.util.List;

import org.permlab.tradeoff.TradeOffPoint;

/**
 * What a literature-points file gave: the rows that were read and the rows that were skipped, with why.
 *
 * @param source  the file as named in messages
 * @param points  the rows read, in file order
 * @param skipped the rows skipped, in file order
 */
public record LiteraturePoints(String source, List<TradeOffPoint> points, List<SkippedRow> skipped) {

    public LiteraturePoints {
        points = List.copyOf(points);
        skipped = List.copyOf(skipped);
    }
}
