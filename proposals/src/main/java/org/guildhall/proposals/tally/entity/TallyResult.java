package org.guildhall.proposals.tally.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The tally of a vote: one {@link ChamberTally} per chamber of the electorate, in {@link Chamber}
 * order, and the overall result across them.
 * <p>
 * Overall: passed only when every chamber passed. Otherwise the overall outcome follows the same
 * precedence as a chamber's: {@code failedQuorum} if any chamber failed its quorum, else
 * {@code vetoed} if any chamber was vetoed, else {@code rejected}. The overall totals and turnout
 * add the chambers up and are for information; chambers decide, never the sums.
 */
public record TallyResult(List<ChamberTally> chambers) {

    public TallyResult {
        chambers = List.copyOf(chambers);
        if (chambers.isEmpty()) {
            throw new IllegalArgumentException("A tally has at least one chamber");
        }
        for (int i = 1; i < chambers.size(); i++) {
            if (chambers.get(i - 1).chamber().compareTo(chambers.get(i).chamber()) >= 0) {
                throw new IllegalArgumentException("Chambers must be distinct and in chamber order");
            }
        }
        long electorate = 0;
        for (ChamberTally chamber : chambers) {
            electorate = Math.addExact(electorate, chamber.electorateWeight());
        }
    }

    /** The chamber's tally, or an exception when the electorate has no such chamber. */
    public ChamberTally chamber(Chamber chamber) {
        Objects.requireNonNull(chamber, "chamber");
        return chambers.stream().filter(c -> c.chamber() == chamber).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + chamber.jsonName() + " chamber in this vote"));
    }

    public OptionTotals totals() {
        OptionTotals sum = OptionTotals.NONE;
        for (ChamberTally chamber : chambers) {
            sum = sum.plus(chamber.totals());
        }
        return sum;
    }

    public long electorateWeight() {
        long sum = 0;
        for (ChamberTally chamber : chambers) {
            sum = Math.addExact(sum, chamber.electorateWeight());
        }
        return sum;
    }

    public long votingWeight() {
        return totals().votingWeight();
    }

    /** All voting weight over all electorate weight, rounded down like a chamber's turnout. */
    public BigDecimal turnout() {
        return ChamberTally.turnout(votingWeight(), electorateWeight());
    }

    public boolean quorumReached() {
        return chambers.stream().allMatch(ChamberTally::quorumReached);
    }

    public boolean vetoed() {
        return chambers.stream().anyMatch(ChamberTally::vetoed);
    }

    public boolean passed() {
        return chambers.stream().allMatch(ChamberTally::passed);
    }

    public TallyOutcome outcome() {
        TallyOutcome overall = TallyOutcome.PASSED;
        for (ChamberTally chamber : chambers) {
            if (chamber.outcome().compareTo(overall) < 0) {
                overall = chamber.outcome();
            }
        }
        return overall;
    }
}
