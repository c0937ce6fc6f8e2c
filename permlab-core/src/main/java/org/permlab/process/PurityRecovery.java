package org.permlab.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.permlab.error.InvalidInputException;
import org.permlab.gas.GasDatabase;
import org.permlab.gas.Knudsen;
import org.permlab.quantity.Units;
import org.permlab.result.Convention;
import org.permlab.result.Conventions;
import org.permlab.result.Warning;

/**
 * Purity against recovery of one species for one counter-current stage of growing area, and the Knudsen-selective
 * reference membrane a measured membrane is compared with (CONVENTIONS §2, §8).
 *
 * <p>The area runs logarithmically from 0.02 to 20 times the stripping area F / (Q_fast p_F) (the area that would
 * permeate the whole feed at the fastest species' permeance and the full feed pressure). An area that the feed
 * cannot supply (the whole feed would permeate) ends the curve, with a warning, as it ends a design scan
 * ({@link StageDesign}).
 */
public final class PurityRecovery {

    /** Lower end of the area range, in stripping areas. */
    static final double LOW = 0.02;
    /** Upper end of the area range, in stripping areas. */
    static final double HIGH = 20;

    /** What the curves and the pattern comparison of a stage case mean. */
    public static final Conventions CONVENTIONS = Conventions.of(
            Convention.of("flux", "J_i = Q_i (p_F x_i - p_P y_i), solution-diffusion, ideal gas, isothermal modules"),
            Convention.of("stage_cut", "permeated flow / feed flow, sweep excluded (CONVENTIONS §3)"),
            Convention.of("purity", "mole fraction in the permeate (stage) or product stream (cascade)"),
            Convention.of("recovery", "permeate (or product) flow of a species / its feed flow"),
            Convention.of("knudsen_membrane", "same permeance of the fastest species; every other species' "
                    + "permeance divided by sqrt(M_j / M_fastest) (Knudsen selectivity, CONVENTIONS §2)"),
            Convention.of("purity_recovery_curves", "counter-current stage, area swept logarithmically"),
            Convention.of("gpu", "permeances in GPU: " + Units.GPU.description()));

    private PurityRecovery() {
    }

    /**
     * One curve.
     *
     * @param membrane the membrane's name
     * @param species  the species whose permeate purity and recovery are given
     * @param areaM2   the stage areas solved, m^2
     * @param recovery the species' recovery at each area
     * @param purity   its mole fraction in the permeate at each area
     * @param warnings where the curve ended early ({@code whole_feed_permeates}), or a point that did not converge
     */
    public record Curve(String membrane, String species, List<Double> areaM2, List<Double> recovery,
            List<Double> purity, List<Warning> warnings) {

        public Curve {
            areaM2 = List.copyOf(areaM2);
            recovery = List.copyOf(recovery);
            purity = List.copyOf(purity);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The Knudsen-selective membrane with the same permeance of {@code fastest} as the case's membrane at the
     * stage temperature: every other species' permeance is {@code Q_fastest / sqrt(M_j / M_fastest)}.
     */
    public static Membrane knudsenReference(StageCase c, String fastest) {
        Membrane m = c.stage().membrane();
        GasDatabase db = GasDatabase.standard();
        double t = temperatureK(c);
        double qFast = permeance(m, fastest, t);
        Map<String, Double> factors = new LinkedHashMap<>();
        for (String s : m.permeances().keySet()) {
            double qs = m.permeances().get(s).permeanceSi(t);
            double knudsen = qFast / Knudsen.selectivity(db.lookup(fastest), db.lookup(s));
            factors.put(s, qs > 0 ? knudsen / qs : 1.0);
        }
        return m.scaled("Knudsen-selective (same " + fastest + " permeance)", factors);
    }

    /** The curves of the case's membrane and of its Knudsen reference, {@code points} areas each. */
    public static List<Curve> curves(StageCase c, String species, int points) {
        return List.of(curve(c, c.stage().membrane(), species, points), curve(c, knudsenReference(c, species),
                species, points));
    }

    /**
     * The curve of one membrane in the case's stage (made counter-current), over {@code points} areas.
     *
     * @param points at least 2
     */
    public static Curve curve(StageCase c, Membrane membrane, String species, int points) {
        if (points < 2) {
            throw InvalidInputException.of("curve_points", "at least 2, got " + points);
        }
        double qFast = permeance(c.stage().membrane(), species, temperatureK(c));
        Stage stage = c.stage().withMembrane(membrane).withPattern(new CounterCurrent());
        double strip = c.feed().totalFlowMolS() / (qFast * c.feed().pressurePa());
        double lo = LOW * strip;
        double hi = HIGH * strip;
        List<Double> a = new ArrayList<>();
        List<Double> rec = new ArrayList<>();
        List<Double> pur = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double area = lo * Math.pow(hi / lo, (double) i / (points - 1));
            StageResult r;
            try {
                r = stage.withAreaM2(area).solve(c.feed());
            } catch (InvalidInputException e) {
                warnings.add(Warning.of("whole_feed_permeates", String.format(Locale.ROOT, "the curve ends at "
                        + "%.4g m2: %s", area, e.problem())));
                break;
            }
            if (r.solver().converged()) {
                a.add(area);
                rec.add(r.recovery(species).orElse(0.0));
                pur.add(r.permeatePurity(species));
            } else {
                warnings.add(Warning.of("not_converged", String.format(Locale.ROOT, "%.4g m2 left out: %s", area,
                        r.solver().message())));
            }
        }
        return new Curve(membrane.name(), species, a, rec, pur, warnings);
    }

    private static double temperatureK(StageCase c) {
        return c.stage().temperatureK().orElse(c.feed().temperatureK());
    }

    private static double permeance(Membrane m, String species, double t) {
        PermeanceModel q = m.permeances().get(species);
        if (q == null) {
            throw InvalidInputException.of("species", "the membrane " + m.name() + " has no permeance for "
                    + species);
        }
        return q.permeanceSi(t);
    }
}
