package org.guildhall.proposals.tally.entity;

/** A ballot reached the tally from a voter who is not in the frozen electorate. */
public class NotAnElectorException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String voter;

    public NotAnElectorException(String voter) {
        super("Not in the electorate of this vote: " + voter);
        this.voter = voter;
    }

    public String voter() {
        return voter;
    }
}
