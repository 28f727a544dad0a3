package org.guildhall.registry.identifier.entity;

import jakarta.ejb.ApplicationException;

/**
 * A request to the identifier registry refused: {@link #problem()} is the stable problem type (for
 * example {@code identifier-exists}), {@link #reason()} says which HTTP status fits, the message is for
 * the user. Rolls the transaction back: a refused registration leaves no version, leaf or quota use.
 */
@ApplicationException(rollback = true)
public class IdentifierException extends RuntimeException {

    public enum Reason { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN }

    private final Reason reason;
    private final String problem;

    public IdentifierException(Reason reason, String problem, String message) {
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

    public static IdentifierException invalid(String problem, String message) {
        return new IdentifierException(Reason.INVALID, problem, message);
    }

    public static IdentifierException conflict(String problem, String message) {
        return new IdentifierException(Reason.CONFLICT, problem, message);
    }

    public static IdentifierException notFound(String handle) {
        return new IdentifierException(Reason.NOT_FOUND, "identifier-not-found", "No identifier " + handle + ".");
    }
}
