/**
 * Membrane process design for gas separation (CONVENTIONS §8): stages, cascades, compressors, design mode,
 * sweeps and a cost optimiser. SI inside; no I/O.
 *
 * <p><b>Stages.</b> The local flux is J_i = Q_i (p_F x_i - p_P y_i) with Q_i constant or Arrhenius in temperature
 * ({@link org.permlab.process.PermeanceModel}). Four flow patterns, one record each
 * ({@link org.permlab.process.FlowPattern}): complete mixing (algebraic; the binary closed form of Weller and
 * Steiner, J. Appl. Phys. 21 (1950) 279), cross-flow (Weller and Steiner, Chem. Eng. Prog. 46 (1950) 585;
 * Walawender and Stern, Sep. Sci. 7 (1972) 553), co- and counter-current plug flow (Pan, AIChE J. 29 (1983) 545
 * and 32 (1986) 2020; Coker, Freeman and Fleming, AIChE J. 44 (1998) 1289), with an optional sweep and, for
 * hollow fibres ({@link org.permlab.process.HollowFibre}), compressible Hagen-Poiseuille pressure drops in the
 * bores and on the shell side (Thundyil and Koros, J. Membr. Sci. 125 (1997) 275). Gas viscosities by
 * Chapman-Enskog theory (Neufeld, Janzen and Aziz, J. Chem. Phys. 57 (1972) 1100) and Wilke's mixing rule
 * (J. Chem. Phys. 18 (1950) 517). The plug-flow solver is Newton's method on a trapezoidal finite-volume mesh with
 * a banded Jacobian ({@link org.permlab.numerics.BandedMatrix}), started from the cross-flow solution, on a mesh
 * adapted to the local error and to the stripping of each species, with mesh doubling and Richardson
 * extrapolation; every balance closes to the Newton residual.
 *
 * <p><b>Cascades.</b> {@link org.permlab.process.Flowsheet}s of stages, compressors (intercooled, isentropic
 * efficiency; ideal-gas cp from the gas database), mixers and splitters connected by named streams; recycles are
 * torn and converged by Newton's method with Broyden updates (Broyden, Math. Comp. 19 (1965) 577), Wegstein's
 * method (Commun. ACM 1 (1958) 9) or direct substitution, always within iteration and time limits, so that
 * non-convergence is an explicit result ({@link org.permlab.process.SolverReport}).
 *
 * <p><b>Design, sweeps, optimisation.</b> {@link org.permlab.process.StageDesign} finds the area or feed pressure
 * that meets a stage cut, purity or recovery (bracketing scan and Brent's method);
 * {@link org.permlab.process.ParameterSweep} grids one or two flowsheet parameters;
 * {@link org.permlab.process.CascadeOptimiser} minimises an annual area-plus-energy cost under purity and recovery
 * bounds (exterior penalty with Powell's BOBYQA, Hipparchus).
 */
package org.permlab.process;
