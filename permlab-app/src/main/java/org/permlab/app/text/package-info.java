/**
 * Text output: number formatting (significant digits; a value with its uncertainty rounded to the uncertainty's
 * two significant digits) and aligned tables. Every printed number goes through {@link org.permlab.app.text.Format}.
 */
package org.permlab.app.text;
