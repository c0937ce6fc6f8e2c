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
}
