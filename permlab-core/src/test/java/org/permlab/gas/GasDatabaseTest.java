package org.permlab.gas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;

class GasDatabaseTest {

    private final GasDatabase db = GasDatabase.standard();

    @Test
    void namesFormulasAndAnyCase() {
        Species he = db.lookup("He");
        assertThat(db.lookup("helium")).isSameAs(he);
        assertThat(db.lookup("HELIUM")).isSameAs(he);
        assertThat(db.lookup("he")).isSameAs(he);
        assertThat(db.lookup("methane")).isSameAs(db.lookup("CH4"));
        assertThat(db.lookup("ch4")).isSameAs(db.lookup("CH4"));
        assertThat(db.lookup("carbon dioxide").formula()).isEqualTo("CO2");
    }

    @Test
    void unknownGasListsTheKnownOnes() {
        assertThatThrownBy(() -> db.lookup("Xe")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown gas 'Xe'").hasMessageContaining("He, H2");
    }

    @Test
    void molarMassesAreThoseOfConventions() {
        // CONVENTIONS §2, g/mol, quoted to 5 significant digits; the data file holds the unrounded IUPAC 2007
        // values, which agree within one unit of the last digit quoted (CH4: 16.04246 vs 16.043)
        Map<String, Double> expected = Map.of("He", 4.0026, "H2", 2.0159, "CO2", 44.010, "Ar", 39.948, "O2", 31.999,
                "N2", 28.013, "CH4", 16.043, "C2H6", 30.069, "C3H8", 44.096, "H2O", 18.015);
        expected.forEach((f, m) -> assertThat(db.lookup(f).molarMassKgPerMol() * 1e3).as(f)
                .isCloseTo(m, within(1e-3)));
    }

    @Test
    void molarMassesAreTheIupac2007SumsOfAtomicWeights() {
        // Wieser & Berglund, Pure Appl. Chem. 81 (2009) 2131: H 1.00794, C 12.0107, N 14.0067, O 15.9994
        double h = 1.00794, c = 12.0107, n = 14.0067, o = 15.9994;
        Map<String, Double> expected = Map.of("H2", 2 * h, "H2O", 2 * h + o, "CO2", c + 2 * o, "O2", 2 * o,
                "N2", 2 * n, "CH4", c + 4 * h, "C2H6", 2 * c + 6 * h, "C3H8", 3 * c + 8 * h);
        expected.forEach((f, m) -> assertThat(db.lookup(f).molarMassKgPerMol() * 1e3).as(f)
                .isCloseTo(m, within(1e-9)));
    }

    @Test
    void kineticDiametersAreBrecks() {
        // CONVENTIONS §2 (Breck 1974), angstrom; C2H6 from a later source
        Map<String, Double> expected = Map.of("He", 2.60, "H2", 2.89, "H2O", 2.65, "CO2", 3.30, "Ar", 3.40,
                "O2", 3.46, "N2", 3.64, "CH4", 3.80, "C3H8", 4.3, "C2H6", 4.44);
        expected.forEach((f, d) -> assertThat(db.lookup(f).kineticDiameterM() * 1e10).as(f)
                .isCloseTo(d, within(1e-12)));
        assertThat(db.lookup("C2H6").require(GasProperty.KINETIC_DIAMETER).source().key()).isEqualTo("li2009");
        assertThat(db.lookup("N2").require(GasProperty.KINETIC_DIAMETER).source().key()).isEqualTo("breck1974");
    }

    @Test
    void everySpeciesHasMolarMassKineticDiameterLennardJonesAndCriticalPointWithSources() {
        for (Species s : db.all()) {
            for (GasProperty p : GasProperty.values()) {
                SourcedValue v = s.require(p);
                assertThat(v.valueSi()).as(s + " " + p).isPositive();
                assertThat(v.source().text()).as(s + " " + p).isNotBlank();
            }
        }
    }

    @Test
    void criticalPointsFromTheReferenceEquationsOfState() {
        // spot checks against the NIST WebBook values in the data file (nitrogen: Span et al. 2000 EOS)
        assertThat(db.lookup("N2").require(GasProperty.CRITICAL_TEMPERATURE).valueSi()).isEqualTo(126.192);
        assertThat(db.lookup("N2").require(GasProperty.CRITICAL_PRESSURE).valueSi())
                .isCloseTo(3.3958e6, within(1e-6));
    }

    @Test
    void idealGasHeatCapacities() {
        // monatomic ideal gases: cp = 5/2 R exactly (no internal degrees of freedom at 298 K)
        double fiveHalvesR = 2.5 * org.permlab.quantity.Constants.GAS_CONSTANT;
        assertThat(db.lookup("He").require(GasProperty.IDEAL_GAS_HEAT_CAPACITY).valueSi())
                .isCloseTo(fiveHalvesR, within(1e-3));
        assertThat(db.lookup("Ar").require(GasProperty.IDEAL_GAS_HEAT_CAPACITY).valueSi())
                .isCloseTo(fiveHalvesR, within(1e-3));
        // N2: the NIST WebBook Shomate fit (Chase 1998; 100-500 K: A 28.98641, B 1.853978, C -9.647459,
        // D 16.63537, E 0.000117, t = T/1000) gives cp(298.15 K) = 29.1237 J/(mol K)
        double t = 0.29815;
        double shomate = 28.98641 + 1.853978 * t - 9.647459 * t * t + 16.63537 * t * t * t + 0.000117 / (t * t);
        assertThat(db.lookup("N2").require(GasProperty.IDEAL_GAS_HEAT_CAPACITY).valueSi())
                .isCloseTo(shomate, within(1e-3));
    }

    /**
     * The tabulated JANAF values of CH4, CO2, O2 and H2 against an independent representation of the same data: the
     * NIST WebBook Shomate fits (coefficients A-E, cp = A + B t + C t^2 + D t^3 + E / t^2, t = T/1000 K), which
     * reproduce the tables near 298 K to about 0.01 J/(mol K); 0.02 J/(mol K) is the tolerance.
     */
    @Test
    void idealGasHeatCapacitiesAgreeWithTheNistShomateFits() {
        Map<String, double[]> shomate = Map.of(
                "CH4", new double[] {-0.703029, 108.4773, -42.52157, 5.862788, 0.678565},
                "CO2", new double[] {24.99735, 55.18696, -33.69137, 7.948387, -0.136638},
                "O2", new double[] {31.32234, -20.23531, 57.86644, -36.50624, -0.007374},
                "H2", new double[] {33.066178, -11.363417, 11.432816, -2.772874, -0.158558});
        double t = 0.29815;
        shomate.forEach((gas, c) -> {
            double cp = c[0] + c[1] * t + c[2] * t * t + c[3] * t * t * t + c[4] / (t * t);
            assertThat(db.lookup(gas).require(GasProperty.IDEAL_GAS_HEAT_CAPACITY).valueSi()).as(gas)
                    .isCloseTo(cp, within(0.02));
        });
    }
}
