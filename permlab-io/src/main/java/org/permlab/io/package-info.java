/**
 * File formats: parse, validate, and say exactly what is wrong and where. No physics here.
 *
 * <p>{@link org.permlab.io.tree} reads YAML and JSON into a tree that remembers the line and column of every
 * node, so that every later check can name file, line, column and field. {@link org.permlab.io.study} is the
 * {@code study.yaml} schema (documented in {@code docs/study-format.md}).
 */
package org.permlab.io;
