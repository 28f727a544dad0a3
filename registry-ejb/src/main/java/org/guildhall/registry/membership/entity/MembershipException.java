package org.guildhall.registry.membership.entity;

import jakarta.ejb.ApplicationException;

/** A membership action that the rules do not allow; the message says why, for the user. */
@ApplicationException(rollback = true)
public class MembershipException extends RuntimeException {

    private final Reason reason;

    public enum Reason { NOT_FOUND, CONFLICT, INVALID }

    public MembershipException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
