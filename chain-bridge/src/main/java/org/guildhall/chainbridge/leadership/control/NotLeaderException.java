package org.guildhall.chainbridge.leadership.control;

import jakarta.ejb.ApplicationException;

/** This instance's epoch is no longer the leader's: what it was about to store is rolled back. */
@ApplicationException(rollback = true)
public class NotLeaderException extends RuntimeException {

    public NotLeaderException(String message) {
        super(message);
    }
}
