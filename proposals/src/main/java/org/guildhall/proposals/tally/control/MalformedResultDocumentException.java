package org.guildhall.proposals.tally.control;

/** A text that is not a result document this version can recount: not JSON, a missing or ill-typed field, a bad value. */
public class MalformedResultDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedResultDocumentException(String message) {
        super(message);
    }

    public MalformedResultDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
