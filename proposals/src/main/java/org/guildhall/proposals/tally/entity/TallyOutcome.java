package org.guildhall.proposals.tally.entity;

/**
 * The outcome of a chamber's vote, or of the whole vote. Listed in order of precedence: a vote that
 * failed its quorum is not examined for a veto, a vetoed vote is not examined for its threshold.
 */
public enum TallyOutcome {
    /** Turnout below the quorum, or nothing but abstentions (which includes nothing cast at all). */
    FAILED_QUORUM("failedQuorum"),
    /** No-with-veto reached the veto threshold of all voting weight, abstentions included. */
    VETOED("vetoed"),
    /** Yes did not exceed the threshold of yes + no + no-with-veto. */
    REJECTED("rejected"),
    /** Yes exceeded the threshold of yes + no + no-with-veto. */
    PASSED("passed");

    private final String jsonName;

    TallyOutcome(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static TallyOutcome fromJson(String name) {
        for (TallyOutcome outcome : values()) {
            if (outcome.jsonName.equals(name)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("Unknown tally outcome: " + name);
    }
}
