/**
 * The study report: {@code permlab report STUDY} runs every {@link org.permlab.app.report.ReportSection} that
 * applies to the study and writes {@code STUDY/out/results.json}, {@code out/figures/} and
 * {@code out/report.html}.
 *
 * <p>A capability adds its section by implementing {@link org.permlab.app.report.ReportSection} and listing the
 * class in {@code META-INF/services/org.permlab.app.report.ReportSection}; no other section changes. A section
 * that fails on bad input is reported (in the HTML, in {@code results.json} under {@code errors}, and as one line
 * on standard error) and the others still run; the exit code is then 2.
 *
 * <p>The output is reproducible: no time stamps, sections in a fixed order, numbers as computed.
 */
package org.permlab.app.report;
