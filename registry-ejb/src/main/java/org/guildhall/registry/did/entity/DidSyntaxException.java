package org.guildhall.registry.did.entity;

import jakarta.ejb.ApplicationException;

/**
 * Text that is not a DID or DID URL, or a DID that is not one of this registry's method. The message
 * names what is wrong and, when it is one character, its zero-based {@link #position()}; the resolver
 * answers it with {@code 400 INVALID_DID}.
 */
@ApplicationException(rollback = true)
public class DidSyntaxException extends RuntimeException {

    private final int position;

    /** An error at a zero-based character position, or {@code -1} when it is not about one character. */
    public DidSyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The zero-based position of the offending character, {@code -1} when the error is about the whole. */
    public int position() {
        return position;
    }
}
