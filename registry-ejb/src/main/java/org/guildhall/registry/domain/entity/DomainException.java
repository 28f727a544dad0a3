package org.guildhall.registry.domain.entity;

import jakarta.ejb.ApplicationException;

/**
 * A domain action the rules refuse; {@link #problem()} is the stable problem type, the message is for
 * the user. Every refusal is raised before anything changes, so it does not doom the caller's
 * transaction: a passed decision whose action turns out impossible still closes (the refusal is logged
 * and audited) instead of rolling the decision back.
 */
@ApplicationException(rollback = false)
public class DomainException extends RuntimeException {

    public enum Reason { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN }

    private final Reason reason;
    private final String problem;

    public DomainException(Reason reason, String problem, String message) {
        super(message);
        this.reason = reason;
        this.problem = problem;
    }

    public Reason reason() {
        return reason;
    }

    public String problem() {
        return problem;
    }

    public static DomainException notFound(String code) {
        return new DomainException(Reason.NOT_FOUND, "domain-not-found", "No domain " + code + ".");
    }
}
