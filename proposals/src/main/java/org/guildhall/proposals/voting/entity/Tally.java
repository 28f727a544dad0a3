package org.guildhall.proposals.voting.entity;

import java.util.Collection;
import org.guildhall.proposals.decision.entity.Outcome;

/**
 * The count of the current ballots. The minimal rule: passed when yes is a simple majority of
 * yes + no (abstentions count for turnout only); no votes at all is not a majority.
 */
public record Tally(int yes, int no, int abstain, int electorate) {

    public Tally {
        if (yes < 0 || no < 0 || abstain < 0 || electorate < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    public static Tally of(Collection<Ballot> currentBallots, int electorate) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        for (Ballot ballot : currentBallots) {
            switch (ballot.getChoice()) {
                case YES -> yes++;
                case NO -> no++;
                case ABSTAIN -> abstain++;
            }
        }
        return new Tally(yes, no, abstain, electorate);
    }

    public int turnout() {
        return yes + no + abstain;
    }

    public Outcome outcome() {
        return yes > no ? Outcome.PASSED : Outcome.REJECTED;
    }
}
