package org.permlab.tradeoff;

import org.permlab.gas.GasPair;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.permeation.PerformancePoint;
import org.permlab.permeation.SelectivityKind;
import org.permlab.quantity.Measured;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;

/**
 * One membrane's performance for one gas pair at one condition, as a trade-off plot places it: from the literature
 * (a CSV row) or from the study's own permeation results ({@link PerformancePoint}). SI throughout.
 *
 * <p>A point gives the fast gas's permeance, its permeability, or both; a thickness lets permlab convert one into
 * the other ({@link TradeOff#permeabilityFastSi}).
 *
 * @param label              short name shown in legends and tables (material, or the sample id)
 * @param material           e.g. {@code ZIF-62 glass}
 * @param materialClass      polymer, MOF glass, ...
 * @param pair               the gas pair, fast gas first
 * @param permeanceFastSi    permeance of the fast gas, mol m^-2 s^-1 Pa^-1, when given
 * @param permeabilityFastSi permeability of the fast gas, mol m^-1 s^-1 Pa^-1, when given
 * @param thicknessM         selective-layer thickness, m, when given
 * @param selectivity        P_fast / P_slow (ideal) or the separation factor
 * @param kind               ideal (single gas) or separation factor (mixed gas)
 * @param temperatureK       the condition, when stated
 * @param feedPressurePa     the feed pressure, when stated
 * @param reference          the publication (or "this study")
 * @param doi                its DOI, when known
 * @param group              a free label that groups points (the bundled set marks the seed paper's rows
 *                           {@code seed}; the study's own membranes are {@code study})
 * @param origin             where the point was read, e.g. {@code mine.csv:7}
 */
public record TradeOffPoint(String label, String material, MembraneClass materialClass, GasPair pair,
        Optional<Measured> permeanceFastSi, Optional<Measured> permeabilityFastSi, Optional<Measured> thicknessM,
        Measured selectivity, SelectivityKind kind, Optional<Double> temperatureK, Optional<Double> feedPressurePa,
        String reference, Optional<String> doi, String group, String origin) {

    /** The group of the study's own membranes. */
    public static final String STUDY_GROUP = "study";

    public TradeOffPoint {
        if (permeanceFastSi.isEmpty() && permeabilityFastSi.isEmpty()) {
            throw InvalidInputException.of("permeance", "a point needs the fast gas's permeance or permeability");
        }
        requirePositive("permeance", permeanceFastSi);
        requirePositive("permeability", permeabilityFastSi);
        requirePositive("thickness", thicknessM);
        if (!(selectivity.value() > 0) || !Double.isFinite(selectivity.value())) {
            throw InvalidInputException.of("selectivity", "must be positive, got " + selectivity.value());
        }
        temperatureK.ifPresent(t -> {
            if (!(t > 0)) {
                throw InvalidInputException.of("temperature", "must be positive (kelvin), got " + t);
            }
        });
        feedPressurePa.ifPresent(p -> {
            if (!(p > 0)) {
                throw InvalidInputException.of("pressure", "must be positive, got " + p + " Pa");
            }
        });
    }

    private static void requirePositive(String field, Optional<Measured> value) {
        value.ifPresent(v -> {
            if (!(v.value() > 0) || !Double.isFinite(v.value())) {
                throw InvalidInputException.of(field, "must be positive, got " + v.value() + " (SI)");
            }
        });
    }

    /** The selective-layer thickness in um, when given. */
    public Optional<Measured> thicknessUm() {
        return thicknessM.map(m -> in(m, Units.MICROMETRE));
    }

    /** The feed pressure in bar, when stated. */
    public Optional<Double> feedPressureBar() {
        return feedPressurePa.map(pa -> Units.BAR.fromSi(pa, ReferenceState.NORMAL));
    }

    /** An SI value with its uncertainty in another unit (linear units: the SD scales by the unit's factor). */
    static Measured in(Measured si, Unit unit) {
        return new Measured(unit.fromSi(si.value(), ReferenceState.NORMAL),
                Math.abs(unit.differenceFromSi(si.sd(), ReferenceState.NORMAL)));
    }

    /** Whether the point is one of the study's own membranes. */
    public boolean isStudy() {
        return STUDY_GROUP.equals(group);
    }

    /**
     * A study membrane from the permeation results: permeance, selectivity, condition and thickness carried over
     * with their uncertainties.
     *
     * @param layerClass the class the study gives the membrane's samples ({@link MembraneClass#UNSPECIFIED} if
     *                   none)
     */
    public static TradeOffPoint of(PerformancePoint p, MembraneClass layerClass) {
        return new TradeOffPoint(p.membrane(), p.material(), layerClass,
                new GasPair(p.fast(), p.slow()), Optional.of(p.permeanceFastSi()), Optional.empty(), p.thicknessM(),
                p.selectivity(), p.kind(), Optional.of(p.temperatureK()), Optional.of(p.feedPressurePa()),
                "this study", Optional.empty(), STUDY_GROUP, "permeation results, membrane " + p.membrane());
    }
}
