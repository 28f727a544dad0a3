package org.guildhall.proposals.proposal.entity;

import jakarta.ejb.ApplicationException;

/** A proposal or voting action the rules refuse; the message is for the user. */
@ApplicationException(rollback = true)
public class ProposalException extends RuntimeException {

    public enum Reason { NOT_FOUND, CONFLICT, FORBIDDEN, INVALID }

    private final Reason reason;

    public ProposalException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
