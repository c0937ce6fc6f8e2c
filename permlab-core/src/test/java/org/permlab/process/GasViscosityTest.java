package org.permlab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Chapman-Enskog viscosities against reference data, Wilke's rule against its limits. */
class GasViscosityTest {

    @Test
    void pureGasesAgreeWithReferenceViscosities() {
        // NIST Chemistry WebBook, fluid properties at 300 K and 0.1 MPa (reference correlations: N2 Lemmon and
        // Jacobsen 2004; He Arp, McCarty and Friend 1998; CH4 Quinones-Cisneros et al.): 17.89, 19.94 and
        // 11.19 uPa s. Chapman-Enskog with the Svehla parameters is good to 0.5-1.5 % for such gases (Poling,
        // Prausnitz and O'Connell 2001, §9-4); 3 % allows for the low-pressure limit vs 0.1 MPa data too.
        GasViscosity v = GasViscosity.of(List.of("N2", "He", "CH4"), 300);
        assertThat(v.pureViscosityPaS(0)).isCloseTo(17.89e-6, within(0.03 * 17.89e-6));
        assertThat(v.pureViscosityPaS(1)).isCloseTo(19.94e-6, within(0.03 * 19.94e-6));
        assertThat(v.pureViscosityPaS(2)).isCloseTo(11.19e-6, within(0.03 * 11.19e-6));
    }

    @Test
    void wilkeReducesToThePureGasAndIsSymmetric() {
        GasViscosity v = GasViscosity.of(List.of("He", "CH4"), 423);
        assertThat(v.mixturePaS(new double[] {1, 0})).isCloseTo(v.pureViscosityPaS(0), within(1e-18));
        assertThat(v.mixturePaS(new double[] {0, 1})).isCloseTo(v.pureViscosityPaS(1), within(1e-18));
        double mid = v.mixturePaS(new double[] {0.5, 0.5});
        assertThat(mid).isBetween(Math.min(v.pureViscosityPaS(0), v.pureViscosityPaS(1)),
                Math.max(v.pureViscosityPaS(0), v.pureViscosityPaS(1)));
    }
}
