/**
 * Process-design input files: a stage case ({@code process-case}, {@link org.permlab.io.process.ProcessCaseReader})
 * and a cascade flowsheet ({@code flowsheet}, {@link org.permlab.io.process.FlowsheetReader}), read through the
 * located YAML tree so that every error names its file, line, column and field. The formats are documented in
 * {@code docs/process.md}; the physics they feed is {@link org.permlab.process}.
 */
package org.permlab.io.process;
