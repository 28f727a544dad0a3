package org.guildhall.registry.accounts.entity;

import jakarta.ejb.ApplicationException;

/** Too many wrong passwords for a user name in a short time; try again later. */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends RuntimeException {

    public TooManyAttemptsException(String message) {
        super(message);
    }
}
