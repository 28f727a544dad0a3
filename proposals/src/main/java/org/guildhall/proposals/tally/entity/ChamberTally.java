package org.guildhall.proposals.tally.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The count and outcome of one chamber. Made by {@link TallyRule#decide}; the outcome is decided
 * there from the exact weights, never from {@link #turnout()}, which is rounded for display.
 */
public record ChamberTally(Chamber chamber, OptionTotals totals, long electorateWeight, boolean quorumReached,
                           TallyOutcome outcome) {

    /** Decimal places of the displayed turnout (rounded down). */
    public static final int TURNOUT_SCALE = 9;

    public ChamberTally {
        Objects.requireNonNull(chamber, "chamber");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(outcome, "outcome");
        if (totals.votingWeight() > electorateWeight) {
            throw new IllegalArgumentException("Voting weight cannot exceed the electorate weight");
        }
        if (!quorumReached && outcome != TallyOutcome.FAILED_QUORUM) {
            throw new IllegalArgumentException("A chamber that missed its quorum has failed it");
        }
    }

    public long votingWeight() {
        return totals.votingWeight();
    }

    /** Voting weight / electorate weight, rounded down to {@value #TURNOUT_SCALE} places; 0 for an empty electorate. */
    public BigDecimal turnout() {
        return turnout(votingWeight(), electorateWeight);
    }

    public boolean vetoed() {
        return outcome == TallyOutcome.VETOED;
    }

    public boolean passed() {
        return outcome == TallyOutcome.PASSED;
    }

    static BigDecimal turnout(long voting, long electorate) {
        if (electorate == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal share = BigDecimal.valueOf(voting).divide(BigDecimal.valueOf(electorate), TURNOUT_SCALE,
                RoundingMode.DOWN);
        return share.signum() == 0 ? BigDecimal.ZERO : share.stripTrailingZeros();
    }
}
