/**
 * YAML and JSON read into nodes that carry their position ({@link org.permlab.io.tree.Location}) and field path,
 * with typed accessors whose errors are one line: {@code file:line:column: path: problem}.
 *
 * <p>Every configuration file permlab reads (study.yaml, run descriptions, schedules, flowsheets) goes through
 * these accessors; that is what makes a typo in line 40 of a YAML file an error that says "line 40".
 */
package org.permlab.io.tree;
