/**
 * JMH benchmarks of permlab's hot paths. Run on demand (docs/benchmarks.md), never as part of the tests; each
 * benchmark's Javadoc quotes its target figure and docs/benchmarks.md the figures measured.
 */
package org.permlab.bench;
