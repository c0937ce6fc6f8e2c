/**
 * Reading the literature tables bundled with permlab (species data, upper bounds, correlation coefficients): plain
 * tab-separated files with {@code #} comments, each value cited in the file or a companion sources file. A
 * malformed bundled table is a defect of permlab, not bad input.
 */
package org.permlab.data;
