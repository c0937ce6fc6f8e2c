/**
 * The {@code study.yaml} schema and its loader: samples (membranes and powders with area, thickness and synthesis
 * record), the study's gases, its data files with their kinds, and the analyses to run.
 *
 * <p>The format is documented for users in {@code docs/study-format.md}. Each analysis's own settings stay as a
 * located {@link org.permlab.io.tree.MapNode} so that the analysis that reads them reports errors by line.
 */
package org.permlab.io.study;
