package org.permlab.quantity;

/**
 * Defining constants and exact conventional unit definitions (not measured data, so they live in code).
 *
 * <p>Sources: the SI Brochure, 9th edition (BIPM 2019) for R = N_A k; ISO 80000-4 / NIST SP 811 (2008),
 * appendix B, for the conventional pressure units.
 */
public final class Constants {
    /** Molar gas constant R = N_A k, exact since the 2019 SI, J mol^-1 K^-1. */
    public static final double GAS_CONSTANT = 8.314462618;
    /** Avogadro constant N_A, mol^-1 (exact since the 2019 SI). */
    public static final double AVOGADRO = 6.02214076e23;
    /** Boltzmann constant k, J K^-1 (exact since the 2019 SI). */
    public static final double BOLTZMANN = 1.380649e-23;
    /** 0 degrees Celsius in kelvin (exact). */
    public static final double ZERO_CELSIUS_K = 273.15;
    /** Standard atmosphere, Pa (exact). */
    public static final double ATMOSPHERE_PA = 101_325.0;
    /** 1 bar, Pa (exact). */
    public static final double BAR_PA = 1.0e5;
    /** Conventional millimetre of mercury, Pa (exact by definition: 13.5951 g cm^-3 x 9.80665 m s^-2 x 1 mm). */
    public static final double MMHG_PA = 133.322387415;
    /** Conventional centimetre of mercury, Pa; CONVENTIONS §1 rounds it to 1333.224. */
    public static final double CMHG_PA = 10.0 * MMHG_PA;
    /** 1 Torr = 1/760 atm, Pa (exact). */
    public static final double TORR_PA = ATMOSPHERE_PA / 760.0;
    /** 1 psi (pound-force per square inch), Pa (exact: 0.45359237 kg x 9.80665 m s^-2 / 0.0254^2 m^2). */
    public static final double PSI_PA = 0.45359237 * 9.80665 / (0.0254 * 0.0254);
    /** 1 angstrom in metres (exact). */
    public static final double ANGSTROM_M = 1.0e-10;

    private Constants() {
    }
}
