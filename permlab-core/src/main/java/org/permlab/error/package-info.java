/**
 * The one exception type for bad input, used by every layer.
 *
 * <p>Science code throws {@link org.permlab.error.InvalidInputException} when its arguments are physically
 * invalid (a negative permeance, fractions that do not sum to one); parsers throw it with the file, line,
 * column and field. The command line turns it into a single line on standard error and exit code 2; it is
 * never shown as a stack trace. Anything else that escapes is a bug (exit code 1).
 */
package org.permlab.error;
