package org.permlab.io.permeation;

import org.permlab.error.InvalidInputException;
import org.permlab.gas.GasDatabase;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Node;
import org.permlab.quantity.ReferenceState;

/** Fields the permeation formats share: the MFC reference state and gas names, with errors placed at their node. */
final class Fields {

    private Fields() {
    }

    /** {@code reference_state:} (0C, 20C, 25C or 'T,p'); 0 C, 1 atm when absent. */
    static ReferenceState referenceState(MapNode m) {
        return m.optString("reference_state").map(t -> {
            try {
                return ReferenceState.parse(t);
            } catch (InvalidInputException e) {
                throw m.require("reference_state").relocate(e);
            }
        }).orElse(ReferenceState.NORMAL);
    }

    /** A gas by formula or name, as its formula. */
    static String gas(Node at, String name) {
        try {
            return GasDatabase.standard().lookup(name.strip()).formula();
        } catch (InvalidInputException e) {
            throw at.relocate(e);
        }
    }
}
