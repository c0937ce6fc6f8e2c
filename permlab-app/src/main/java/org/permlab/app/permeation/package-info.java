/**
 * {@code permlab permeation reduce|calc}, {@code permlab rig simulate} and the report's permeation section (the
 * seed paper's Fig. 6a-e): text and JSON views of the reduction in {@code org.permlab.permeation}, figures and the
 * {@link org.permlab.permeation.PerformancePoint}s that the trade-off and process sections use.
 */
package org.permlab.app.permeation;
