package org.guildhall.proposals.proposal.entity;

import jakarta.ejb.ApplicationException;

/** A proposal or voting action the rules refuse; the message is for the user. */
@ApplicationException(rollback = true)
public class ProposalException extends RuntimeException {

    public enum Reason { NOT_FOUND, CONFLICT, FORBIDDEN, INVALID }

    private final Reason reason;
    private final String problem;

    public ProposalException(Reason reason, String message) {
        this(reason, null, message);
    }

    /** @param problem the stable name of this kind of refusal (the API's problem type), or null for the reason's */
    public ProposalException(Reason reason, String problem, String message) {
        super(message);
        this.reason = reason;
        this.problem = problem;
    }

    /** The stable name of this refusal, such as {@code voting-closed}; null when the reason says it all. */
    public String problem() {
        return problem;
    }

    public Reason reason() {
        return reason;
    }
}
