/**
 * Gas species and their data, each value with its source; Knudsen selectivity.
 *
 * <p>The data live in {@code org/permlab/gas/species-data.tsv} (one value per line, with a source key) and
 * {@code sources.tsv} (the citations), as Cantera keeps species data with a citation per entry. Molar masses and
 * kinetic diameters follow {@code shared/design/CONVENTIONS.md} §2.
 *
 * <p>Knudsen selectivity of i over j is sqrt(M_j / M_i) (Knudsen diffusion, flux proportional to M^-1/2).
 */
package org.permlab.gas;
