package org.guildhall.proposals.decision.entity;

import org.guildhall.proposals.tally.entity.TallyOutcome;

/** The outcome of a decision, with the code that the GovernanceLedger contract stores. */
public enum Outcome {
    PASSED(1), REJECTED(2), VETOED(3), FAILED_QUORUM(4);

    private final int chainCode;

    Outcome(int chainCode) {
        this.chainCode = chainCode;
    }

    /** The value recorded on chain; 0 is never used. */
    public int chainCode() {
        return chainCode;
    }

    public static Outcome of(TallyOutcome outcome) {
        return switch (outcome) {
            case PASSED -> PASSED;
            case REJECTED -> REJECTED;
            case VETOED -> VETOED;
            case FAILED_QUORUM -> FAILED_QUORUM;
        };
    }
}
