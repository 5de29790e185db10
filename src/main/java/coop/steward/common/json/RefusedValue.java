package coop.steward.common.json;

import io.micronaut.serde.exceptions.InvalidFormatException;

/** A JSON value Steward will not read, with a message written for the client (it names no class of ours). */
public final class RefusedValue extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    public RefusedValue(String message, Object value) {
        super(message, null, value);
    }
}
