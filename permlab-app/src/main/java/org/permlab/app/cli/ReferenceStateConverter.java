package org.permlab.app.cli;

import org.permlab.error.InvalidInputException;
import org.permlab.quantity.ReferenceState;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --flow-ref 0C|20C|25C|T,p}: the reference state of mass-flow-controller volumes (CONVENTIONS §1). */
public final class ReferenceStateConverter implements ITypeConverter<ReferenceState> {

    @Override
    public ReferenceState convert(String value) {
        try {
            return ReferenceState.parse(value);
        } catch (InvalidInputException e) {
            throw new TypeConversionException(e.problem());
        }
    }
}
