package org.guildhall.proposals.tally.entity;

/** A text given for a recount that is not a result document; the message says what is wrong. */
public class UnreadableResultDocument extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableResultDocument(String message, Throwable cause) {
        super(message, cause);
    }
}
