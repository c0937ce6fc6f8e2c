/** The study-description section of the report: samples, synthesis records and data files. */
package org.permlab.app.study;
