package org.guildhall.proposals.voting.entity;

import jakarta.ejb.ApplicationException;

/**
 * A voter's key or signed ballot is refused. The message says in plain English what is wrong, for the
 * voter; it never contains key material, and the parts of it taken from the voter's input are shortened
 * and stripped of control characters.
 */
@ApplicationException(rollback = true)
public class BallotSignatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BallotSignatureException(String message) {
        super(message);
    }

    public BallotSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
