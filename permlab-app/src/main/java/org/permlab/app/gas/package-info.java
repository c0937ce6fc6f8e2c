/** {@code permlab gas}: the species database (every value with its source) and Knudsen selectivities. */
package org.permlab.app.gas;
