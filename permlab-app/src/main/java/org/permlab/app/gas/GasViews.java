package org.permlab.app.gas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.permlab.gas.GasDatabase;
import org.permlab.gas.GasProperty;
import org.permlab.gas.Knudsen;
import org.permlab.gas.Species;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/** JSON views of species data, shared by the {@code gas} verb and the report's gas section. */
public final class GasViews {

    private GasViews() {
    }

    /** One property: its value in the unit it is quoted in, that unit, its SI value and its source. */
    public record PropertyView(double value, String unit, double valueSi, String siUnit, String source) {
    }

    /** One species with all its data. */
    public record SpeciesView(String formula, String name, List<String> aliases, String cas,
            Map<String, PropertyView> properties) {
    }

    /** A Knudsen selectivity with what it was computed from. */
    public record KnudsenView(String fast, String slow, double selectivity, double molarMassFastGPerMol,
            double molarMassSlowGPerMol, String formula, String molarMassSource) {
    }

    public static SpeciesView of(Species s) {
        Map<String, PropertyView> props = new LinkedHashMap<>();
        for (GasProperty p : GasProperty.values()) {
            s.property(p).ifPresent(v -> {
                var unit = Units.parse(p.displayUnit(), p.dimension());
                props.put(p.key(), new PropertyView(unit.fromSi(v.valueSi(), ReferenceState.NORMAL), unit.symbol(),
                        v.valueSi(), p.dimension().siSymbol(), v.source().text()));
            });
        }
        return new SpeciesView(s.formula(), s.name(), s.aliases(), s.cas(), props);
    }

    public static KnudsenView knudsen(Species fast, Species slow) {
        return new KnudsenView(fast.formula(), slow.formula(), Knudsen.selectivity(fast, slow),
                fast.molarMassKgPerMol() * 1e3, slow.molarMassKgPerMol() * 1e3, "sqrt(M_slow / M_fast)",
                fast.require(GasProperty.MOLAR_MASS).source().text());
    }

    /** The database's species, as views. */
    public static List<SpeciesView> all() {
        return GasDatabase.standard().all().stream().map(GasViews::of).toList();
    }
}
