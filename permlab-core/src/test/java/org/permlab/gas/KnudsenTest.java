package org.permlab.gas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** CONVENTIONS §2: Knudsen selectivities to the four decimals given there. */
class KnudsenTest {

    private final GasDatabase db = GasDatabase.standard();

    private double knudsen(String a, String b) {
        return Knudsen.selectivity(db.lookup(a), db.lookup(b));
    }

    @Test
    void conventionsValues() {
        assertThat(knudsen("He", "N2")).isCloseTo(2.6455, within(5e-5));
        assertThat(knudsen("He", "CH4")).isCloseTo(2.0020, within(5e-5));
        assertThat(knudsen("CO2", "N2")).isCloseTo(0.7978, within(5e-5));
        assertThat(knudsen("H2", "N2")).isCloseTo(3.7278, within(5e-5));
    }

    @Test
    void inverseOrderIsTheReciprocal() {
        assertThat(knudsen("He", "N2") * knudsen("N2", "He")).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void gasTableHasEveryLighterOverHeavierPairWithItsDefinition() {
        // three species: He (4.0) < CH4 (16.0) < N2 (28.0), so three pairs, lighter over heavier
        GasTable t = GasTable.of(java.util.List.of(db.lookup("He"), db.lookup("N2"), db.lookup("CH4")));
        assertThat(t.gases()).extracting(SpeciesData::formula).containsExactly("He", "N2", "CH4");
        assertThat(t.knudsen()).extracting(k -> k.fast().formula() + "/" + k.slow().formula())
                .containsExactly("He/N2", "He/CH4", "CH4/N2");
        KnudsenSelectivity heN2 = t.knudsen().get(0);
        assertThat(heN2.selectivity()).isCloseTo(2.6455, within(5e-5));
        assertThat(heN2.molarMassSlowGPerMol() / heN2.molarMassFastGPerMol())
                .isCloseTo(heN2.selectivity() * heN2.selectivity(), within(1e-12));
        assertThat(heN2.conventions().get("knudsen")).isPresent();
        assertThat(t.conventions().statements()).containsKeys("knudsen", "kinetic_diameter");
        // the kinetic diameter in its display unit (A) and in SI (m): Breck's 2.6 A for He
        SpeciesData.Value d = t.gases().get(0).properties().get(GasProperty.KINETIC_DIAMETER.key());
        assertThat(d.value()).isCloseTo(2.6, within(1e-12));
        assertThat(d.valueSi()).isCloseTo(2.6e-10, within(1e-22));
        assertThat(d.unit()).isEqualTo("A");
    }
}
