package org.guildhall.chainbridge.anchoring.entity;

import jakarta.ejb.ApplicationException;

/** The chain node could not be asked (down, or it refused the call); try again later. */
@ApplicationException
public class ChainUnavailableException extends RuntimeException {

    public ChainUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
