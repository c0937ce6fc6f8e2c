package org.permlab.app.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.permlab.app.report.Html;
import org.permlab.app.text.Format;
import org.permlab.process.CascadeResult;
import org.permlab.process.CompressorResult;
import org.permlab.process.CompressorUnit;
import org.permlab.process.Flowsheet;
import org.permlab.process.MixerUnit;
import org.permlab.process.SplitterUnit;
import org.permlab.process.StageResult;
import org.permlab.process.StageUnit;
import org.permlab.process.UnitOperation;

/**
 * A cascade diagram as SVG: units in one row in the order listed, forward streams between neighbours as straight
 * arrows, forward streams that skip units routed above the row, recycles routed below it, feeds entering from the
 * left and products leaving upwards (or to the right from the last unit). Each stream carries its name; the stream
 * table gives its numbers. Text is SVG text (selectable), in the report's font.
 */
final class FlowsheetSvg {

    private static final int DX = 130;
    private static final int W = 76;
    private static final int H = 46;
    private static final int MARGIN_LEFT = 110;
    private static final int ROW_Y = 150;
    private static final int LANE = 22;

    private FlowsheetSvg() {
    }

    private record Box(UnitOperation unit, int index, double x, double y) {
        double cx() {
            return x + W / 2.0;
        }

        double cy() {
            return y + H / 2.0;
        }

        boolean round() {
            return unit instanceof MixerUnit || unit instanceof SplitterUnit;
        }

        /** Where straight connections leave (right) and enter (left). */
        double rightX() {
            return round() ? cx() + RADIUS : x + W;
        }

        double leftX() {
            return round() ? cx() - RADIUS : x;
        }

        /** Vertical ports: the centre for round units, near the right edge for boxes (k-th port moves left). */
        double portX(int k) {
            return round() ? cx() : x + W - 8 - 14 * (k - 1);
        }

        double topY() {
            return round() ? cy() - RADIUS : y;
        }

        double bottomY() {
            return round() ? cy() + RADIUS : y + H;
        }
    }

    private static final int RADIUS = H / 2 - 6;

    static String render(Flowsheet fs, CascadeResult r) {
        List<UnitOperation> units = fs.units();
        Map<String, Box> box = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            box.put(units.get(i).name(), new Box(units.get(i), i, MARGIN_LEFT + i * DX, ROW_Y - H / 2.0));
        }
        Map<String, String> producer = new HashMap<>();
        Map<String, String> consumer = new HashMap<>();
        for (UnitOperation u : units) {
            u.outlets().forEach(s -> producer.put(s, u.name()));
            u.inlets().forEach(s -> consumer.put(s, u.name()));
        }
        StringBuilder paths = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        int aboveLanes = 0;
        int belowLanes = 0;
        Map<String, Integer> topPorts = new HashMap<>();
        Map<String, Integer> bottomPorts = new HashMap<>();
        double right = MARGIN_LEFT + units.size() * DX;
        for (String stream : fs.streamNames()) {
            Optional<String> from = Optional.ofNullable(producer.get(stream));
            Optional<String> to = Optional.ofNullable(consumer.get(stream));
            if (from.isEmpty() && to.isPresent()) {
                Box b = box.get(to.get());
                double y = b.cy() + (b.unit().inlets().indexOf(stream) == 0 || b.round() ? 0 : -H / 4.0);
                double x0 = b.leftX() - 70;
                paths.append(line(x0, y, b.leftX(), y));
                labels.append(text(x0, y - 6, stream, "start"));
                continue;
            }
            if (from.isEmpty()) {
                continue;
            }
            Box a = box.get(from.get());
            if (to.isEmpty()) {
                boolean last = a.index() == units.size() - 1 && a.unit().outlets().indexOf(stream)
                        == a.unit().outlets().size() - 1;
                if (last) {
                    double y = a.cy() + (a.unit().outlets().size() > 1 && !a.round() ? H / 4.0 : 0);
                    paths.append(line(a.rightX(), y, a.rightX() + 70, y));
                    labels.append(text(a.rightX() + 74, y + 4, stream + " (product)", "start"));
                    right = Math.max(right, a.rightX() + 200);
                } else {
                    int port = topPorts.merge(a.unit().name(), 1, Integer::sum);
                    double x = a.portX(port);
                    paths.append(line(x, a.topY(), x, a.topY() - 45));
                    labels.append(text(x, a.topY() - 50, stream + " (product)", "middle"));
                }
                continue;
            }
            Box b = box.get(to.get());
            if (b.index() == a.index() + 1) {
                double ya = a.cy() + (a.unit().outlets().size() > 1 && !a.round()
                        && !a.unit().outlets().get(0).equals(stream) ? H / 4.0 : 0);
                double yb = b.cy() + (b.unit().inlets().size() > 1 && !b.round()
                        && !b.unit().inlets().get(0).equals(stream) ? -H / 4.0 : 0);
                double xm = (a.rightX() + b.leftX()) / 2;
                paths.append(path(String.format(Locale.ROOT, "M %.1f %.1f H %.1f V %.1f H %.1f", a.rightX(), ya, xm,
                        yb, b.leftX())));
                labels.append(text(xm, Math.min(ya, yb) - 6, stream, "middle"));
            } else if (b.index() > a.index()) {
                aboveLanes++;
                double lane = a.y - 18 - aboveLanes * LANE;
                int pa = topPorts.merge(a.unit().name(), 1, Integer::sum);
                int pb = topPorts.merge(b.unit().name(), 1, Integer::sum);
                double xa = a.portX(pa);
                double xb = b.portX(pb);
                paths.append(path(String.format(Locale.ROOT, "M %.1f %.1f V %.1f H %.1f V %.1f", xa, a.topY(), lane,
                        xb, b.topY())));
                labels.append(text((xa + xb) / 2, lane - 5, stream, "middle"));
            } else {
                belowLanes++;
                double lane = a.y + H + 26 + belowLanes * LANE;
                int pa = bottomPorts.merge(a.unit().name(), 1, Integer::sum);
                int pb = bottomPorts.merge(b.unit().name(), 1, Integer::sum);
                double xa = a.portX(pa);
                double xb = b.portX(pb);
                paths.append(path(String.format(Locale.ROOT, "M %.1f %.1f V %.1f H %.1f V %.1f", xa, a.bottomY(),
                        lane, xb, b.bottomY())));
                labels.append(text((xa + xb) / 2, lane - 5, stream + " (recycle)", "middle"));
            }
        }
        Map<String, StageResult> stages = new HashMap<>();
        r.stages().forEach(s -> stages.put(s.stage(), s));
        Map<String, CompressorResult> compressors = new HashMap<>();
        r.compressors().forEach(c -> compressors.put(c.name(), c));
        StringBuilder shapes = new StringBuilder();
        for (Box b : box.values().stream().sorted((p, q) -> Integer.compare(p.index(), q.index())).toList()) {
            shapes.append(shape(b, stages, compressors));
        }
        int height = ROW_Y + H / 2 + 46 + (belowLanes + 1) * LANE + 20;
        int top = Math.min(0, ROW_Y - H / 2 - 80 - aboveLanes * LANE);
        int width = (int) Math.ceil(right + 40);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 %d %d %d\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" "
                + "font-size=\"11\">%n", width, height - top, top, width, height - top));
        svg.append("<title>").append(Html.esc("flowsheet " + fs.name())).append("</title>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" "
                + "fill=\"#000\"/></marker></defs>\n");
        svg.append("<rect x=\"0\" y=\"").append(top).append("\" width=\"").append(width).append("\" height=\"")
                .append(height - top).append("\" fill=\"#fff\"/>\n");
        svg.append(paths).append(shapes).append(labels).append("</svg>\n");
        return svg.toString();
    }

    private static String shape(Box b, Map<String, StageResult> stages, Map<String, CompressorResult> compressors) {
        StringBuilder s = new StringBuilder();
        UnitOperation u = b.unit();
        List<String> caption = new ArrayList<>();
        if (u instanceof StageUnit su) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" "
                    + "fill=\"#e8f1fa\" stroke=\"#000\"/>%n", b.x, b.y, W, H));
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#0072b2\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>%n", b.x + 4, b.cy() + 9,
                    b.x + W - 4, b.cy() + 9));
            StageResult r = stages.get(u.name());
            caption.add(Format.sig(su.stage().areaM2(), 4) + " m2");
            if (r != null) {
                caption.add("cut " + Format.sig(r.stageCut(), 3));
            }
        } else if (u instanceof CompressorUnit) {
            s.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
                    + "fill=\"#fdf1e6\" stroke=\"#000\"/>%n", b.x + 8, b.y, b.x + W - 8, b.y + H * 0.25,
                    b.x + W - 8, b.y + H * 0.75, b.x + 8, b.y + H));
            CompressorResult c = compressors.get(u.name());
            if (c != null) {
                caption.add(Format.sig(c.powerW() / 1e3, 3) + " kW");
            }
        } else {
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"#eef6ee\" "
                    + "stroke=\"#000\"/>%n", b.cx(), b.cy(), RADIUS));
            if (u instanceof SplitterUnit sp) {
                caption.add(String.join("/", sp.fractions().stream().map(f -> Format.sig(f, 3)).toList()));
            }
        }
        s.append(text(b.cx(), b.cy() + (u instanceof StageUnit ? 0 : 4), u.name(), "middle")
                .replace("<text", "<text font-weight=\"bold\""));
        for (int i = 0; i < caption.size(); i++) {
            s.append(text(b.x, b.y + H + 14 + 12 * i, caption.get(i), "start"));
        }
        return s.toString();
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<path d=\"M %.1f %.1f L %.1f %.1f\" fill=\"none\" stroke=\"#000\" "
                + "stroke-width=\"1.3\" marker-end=\"url(#arrow)\"/>%n", x1, y1, x2, y2);
    }

    private static String path(String d) {
        return "<path d=\"" + d + "\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.3\" "
                + "marker-end=\"url(#arrow)\"/>\n";
    }

    private static String text(double x, double y, String t, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", x, y, anchor,
                Html.esc(t));
    }
}
