/** {@code permlab units}: conversions between the units of CONVENTIONS §1, with the flow reference state printed. */
package org.permlab.app.units;
