/**
 * {@code permlab process}: helium-recovery process design from membrane data. The verbs {@code process stage},
 * {@code cascade}, {@code design}, {@code sweep} and {@code optimise}; the report section {@code process}
 * (order 700) with module profiles, purity-recovery curves (the study's membrane against a Knudsen-selective one)
 * and an SVG flowsheet with its stream table. The physics is {@link org.permlab.process}; the file formats
 * {@link org.permlab.io.process}; conventions follow {@code shared/design/CONVENTIONS.md} §8.
 */
package org.permlab.app.process;
