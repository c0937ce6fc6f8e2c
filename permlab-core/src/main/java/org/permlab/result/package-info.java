/**
 * The shape every result shares: the {@link org.permlab.result.Convention}s it was computed under, created where
 * each choice is made (a feed-side mode, a reference state, a weighting) and carried by the result record itself;
 * its {@link org.permlab.result.Warning}s, each with a stable code; and {@link org.permlab.result.Worded}, the one
 * way an enum that a user types is spelt and parsed. The app layer serialises these and formats them; it never
 * restates in prose a choice that the science made.
 */
package org.permlab.result;
