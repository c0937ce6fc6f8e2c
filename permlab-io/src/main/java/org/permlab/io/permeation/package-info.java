/**
 * Permeation file formats: the rig log (CSV with units in the header, read with FastCSV), the run description, the
 * virtual rig's schedule and the GC calibration (YAML, through {@link org.permlab.io.tree}). Formats are documented
 * in {@code docs/permeation.md}. Parsers validate and convert units to SI; they compute no physics.
 */
package org.permlab.io.permeation;
