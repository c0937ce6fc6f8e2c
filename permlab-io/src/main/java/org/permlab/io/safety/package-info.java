/**
 * What every reader and writer of permlab goes through, so that bad or odd input gets one located line and exit
 * code 2 (never a crash, a hang or unbounded memory), and output never lands on an input or on a file permlab did
 * not write. Reading: {@link org.permlab.io.safety.TextFile} (byte-order marks, encodings, binary files, size and
 * line limits from {@link org.permlab.io.safety.InputLimits}); {@link org.permlab.io.safety.Excerpt} for quoting
 * input in messages. The limits are documented in docs/input-limits.md.
 */
package org.permlab.io.safety;
