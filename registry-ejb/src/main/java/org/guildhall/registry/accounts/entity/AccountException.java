package org.guildhall.registry.accounts.entity;

import jakarta.ejb.ApplicationException;

/** An account action the rules do not allow; the message is for the user. */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private final boolean conflict;

    public AccountException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    public boolean isConflict() {
        return conflict;
    }
}
