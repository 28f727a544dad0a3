package org.guildhall.proposals.tally.entity;

/**
 * The weight cast for each option. Weights are whole numbers summed exactly in {@code long}; an
 * electorate refuses total weights that do not fit, so no sum over its voters can overflow.
 */
public record OptionTotals(long yes, long no, long noWithVeto, long abstain) {

    public static final OptionTotals NONE = new OptionTotals(0, 0, 0, 0);

    public OptionTotals {
        if (yes < 0 || no < 0 || noWithVeto < 0 || abstain < 0) {
            throw new IllegalArgumentException("Option totals cannot be negative");
        }
        Math.addExact(Math.addExact(yes, no), Math.addExact(noWithVeto, abstain));
    }

    public long weightOf(BallotOption option) {
        return switch (option) {
            case YES -> yes;
            case NO -> no;
            case NO_WITH_VETO -> noWithVeto;
            case ABSTAIN -> abstain;
        };
    }

    /** All weight cast, abstentions included: the numerator of turnout and the base of the veto. */
    public long votingWeight() {
        return yes + no + noWithVeto + abstain;
    }

    /** Yes + no + no-with-veto: the base of the pass threshold. */
    public long nonAbstainingWeight() {
        return yes + no + noWithVeto;
    }

    public OptionTotals plus(OptionTotals other) {
        return new OptionTotals(Math.addExact(yes, other.yes), Math.addExact(no, other.no),
                Math.addExact(noWithVeto, other.noWithVeto), Math.addExact(abstain, other.abstain));
    }
}
