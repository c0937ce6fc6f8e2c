/**
 * JMH benchmarks of permlab's hot paths. Run on demand (docs/benchmarks.md), never as part of the tests; each
 * issue's target figure is quoted in the benchmark's Javadoc and the measured figure goes in the issue note.
 */
package org.permlab.bench;
