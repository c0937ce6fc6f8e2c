package org.permlab.process;

/**
 * The module that holds the membrane: its area and what the gas flows through. One record per kind:
 * {@link FlatSheet} (no pressure drop), {@link HollowFibre} (compressible Hagen-Poiseuille in the bores and, when
 * the shell diameter is given, on the shell side).
 */
public sealed interface ModuleGeometry permits FlatSheet, HollowFibre {

    /** Membrane area, m^2. */
    double areaM2();

    /** The same module with another area (for a hollow-fibre module: another number of fibres). */
    ModuleGeometry withAreaM2(double areaM2);

    /** One line for reports. */
    String describe();
}
