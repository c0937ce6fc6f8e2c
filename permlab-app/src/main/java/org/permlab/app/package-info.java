/**
 * The application layer: the {@code permlab} command, JSON and text output, plots and the HTML study report.
 *
 * <p>One package per capability holds that capability's verb and report section ({@code units}, {@code gas},
 * {@code study}, later {@code permeation}, {@code pals}, ...); {@code cli}, {@code json}, {@code text},
 * {@code plot} and {@code report} are the shared machinery. No arithmetic here beyond formatting.
 */
package org.permlab.app;
