package org.guildhall.onboarding.application.entity;

import jakarta.ejb.ApplicationException;

/**
 * An enode URL that cannot be accepted. The message is one sentence for the operator, saying what
 * is wrong (it becomes a problem+json {@code detail} and a page message).
 */
@ApplicationException(rollback = true)
public final class InvalidEnodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidEnodeException(String message) {
        super(message);
    }
}
