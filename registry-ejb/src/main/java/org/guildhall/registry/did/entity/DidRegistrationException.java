package org.guildhall.registry.did.entity;

import jakarta.ejb.ApplicationException;

/**
 * A registrar request refused: {@link #problem()} is the stable reason (for example
 * {@code quota-exhausted}, {@code invalid-proof}, {@code not-registrar}), the message says why. The
 * registrar answers it as {@code didState.state = failed} with the message as {@code reason}.
 */
@ApplicationException(rollback = true)
public class DidRegistrationException extends RuntimeException {

    private final String problem;
    private final int status;

    public DidRegistrationException(String problem, String message) {
        this(problem, 400, message);
    }

    public DidRegistrationException(String problem, int status, String message) {
        super(message);
        this.problem = problem;
        this.status = status;
    }

    public String problem() {
        return problem;
    }

    /** The HTTP status that fits: 400 bad request, 403 not allowed, 404 unknown, 409 conflict. */
    public int status() {
        return status;
    }
}
