package org.permlab.app.process;

import java.awt.BasicStroke;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.permlab.app.plot.PlotStyle;
import org.permlab.app.plot.Plots;
import org.permlab.process.ModuleProfile;

/** Process figures: profiles along a module, purity-recovery curves. */
final class ProcessPlots {

    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {6, 4}, 0);

    private ProcessPlots() {
    }

    /**
     * Mole fractions on both sides along the module (log scale): feed side solid lines, permeate side dashed lines
     * with open markers at about 20 points.
     */
    static XYChart profile(ModuleProfile p, String title) {
        XYChart chart = Plots.xy(title, Plots.axisLabel("Membrane area from the feed inlet", "m2"),
                Plots.axisLabel("Mole fraction", "%"));
        Plots.logAxes(chart, false, true);
        double[] a = p.areaM2();
        double[][] xs = p.retentateMoleFractions();
        double[][] yy = p.permeateMoleFractions();
        for (int i = 0; i < p.species().size(); i++) {
            double[] x = new double[a.length];
            double[] y = new double[a.length];
            for (int k = 0; k < a.length; k++) {
                x[k] = Math.max(1e-6, xs[k][i] * 100);
                y[k] = Math.max(1e-6, yy[k][i] * 100);
            }
            java.awt.Color colour = PlotStyle.colour(i + 1);
            XYSeries feed = Plots.line(chart, p.species().get(i) + ", feed side", a, x);
            feed.setLineColor(colour);
            int step = Math.max(1, (a.length - 1) / 20);
            int m = (a.length - 1) / step + 1;
            double[] as = new double[m];
            double[] ys = new double[m];
            for (int k = 0; k < m; k++) {
                as[k] = a[Math.min(a.length - 1, k * step)];
                ys[k] = y[Math.min(a.length - 1, k * step)];
            }
            XYSeries perm = Plots.linePoints(chart, p.species().get(i) + ", permeate side", as, ys, null);
            perm.setLineColor(colour);
            perm.setMarkerColor(colour);
            perm.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
            perm.setLineStyle(DASHED);
        }
        return chart;
    }

    /** One purity-recovery curve. */
    record Curve(String name, double[] recovery, double[] purity) {
    }

    /** Purity against recovery of one species, one curve per membrane. */
    static XYChart purityRecovery(List<Curve> curves, String species, String title) {
        XYChart chart = Plots.xy(title, Plots.axisLabel(species + " recovery in the permeate", "%"),
                Plots.axisLabel(species + " in the permeate", "mol%"));
        int i = 0;
        for (Curve c : curves) {
            double[] x = new double[c.recovery().length];
            double[] y = new double[c.purity().length];
            for (int k = 0; k < x.length; k++) {
                x[k] = c.recovery()[k] * 100;
                y[k] = c.purity()[k] * 100;
            }
            XYSeries s = Plots.linePoints(chart, c.name(), x, y, null);
            s.setMarker(i == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.SQUARE);
            i++;
        }
        return chart;
    }
}
