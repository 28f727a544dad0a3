package org.guildhall.proposals.decision.entity;

/** The outcome of a decision, with the code that the GovernanceLedger contract stores. */
public enum Outcome {
    PASSED(1), REJECTED(2);

    private final int chainCode;

    Outcome(int chainCode) {
        this.chainCode = chainCode;
    }

    /** The value recorded on chain; 0 is never used. */
    public int chainCode() {
        return chainCode;
    }
}
