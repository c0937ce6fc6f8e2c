package org.permlab.permeation;

/**
 * A pair of gases whose selectivity is wanted, the faster first: {@code He/N2}.
 *
 * @param fast formula of the faster gas
 * @param slow formula of the slower gas
 */
public record GasPair(String fast, String slow) {

    @Override
    public String toString() {
        return fast + "/" + slow;
    }
}
