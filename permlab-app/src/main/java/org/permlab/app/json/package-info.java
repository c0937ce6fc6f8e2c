/**
 * JSON output of result records: snake_case keys in which unit suffixes keep their SI case
 * ({@code temperatureK} becomes {@code temperature_K}, {@code feedPressurePa} {@code feed_pressure_Pa},
 * {@code permeanceGpu} {@code permeance_gpu}), so that core records need no JSON annotations.
 */
package org.permlab.app.json;
