package org.guildhall.onboarding.certification.entity;

import jakarta.ejb.ApplicationException;

/**
 * A certificate signing request that cannot be accepted. The message is one sentence for the
 * operator, saying what is wrong (it becomes a problem+json {@code detail} and a page message).
 */
@ApplicationException(rollback = true)
public final class InvalidCsrException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidCsrException(String message) {
        super(message);
    }
}
