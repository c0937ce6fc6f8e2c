/**
 * Units, physical constants, reference states and measured values with their uncertainty.
 *
 * <p>SI inside, always: a value crosses into science code in SI and units appear only at the edges
 * (parsing and printing). {@link org.permlab.quantity.Units} is the one registry of the units permlab reads
 * and prints; {@link org.permlab.quantity.Quantities} parses text such as {@code "25 mL/min"} or
 * {@code "10.7 ± 1.0 um"}. Gas volumes measured by mass-flow controllers are molar flows expressed as a volume
 * at a reference state ({@link org.permlab.quantity.ReferenceState}); the state is an explicit input.
 *
 * <p>Definitions and reference numbers: {@code shared/design/CONVENTIONS.md} §1; the SI Brochure, 9th edition
 * (BIPM 2019) for the defining constants.
 */
package org.permlab.quantity;
