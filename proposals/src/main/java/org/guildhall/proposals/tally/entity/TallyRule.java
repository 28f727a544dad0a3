package org.guildhall.proposals.tally.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The Cosmos SDK x/gov tally rule, applied to one chamber. All three parameters are fractions in
 * [0, 1], held as exact decimals; comparisons are made by cross-multiplying whole weights with them,
 * so there is no division, no rounding and no floating point anywhere in a decision.
 * <p>
 * Precedence, first match wins:
 * <ol>
 * <li>{@link TallyOutcome#FAILED_QUORUM} when turnout (voting weight / electorate weight) is below
 * the quorum, or when no weight was cast for yes, no or no-with-veto (all abstained, or nothing was
 * cast at all). Exactly at the quorum reaches it.</li>
 * <li>{@link TallyOutcome#VETOED} when no-with-veto ≥ vetoThreshold × voting weight (abstentions
 * included). Exactly at the veto threshold is a veto.</li>
 * <li>{@link TallyOutcome#PASSED} when yes &gt; threshold × (yes + no + no-with-veto). Exactly at the
 * threshold does not pass.</li>
 * <li>{@link TallyOutcome#REJECTED} otherwise.</li>
 * </ol>
 * Parameters are kept without trailing zeros, so {@code 0.50} and {@code 0.5} are the same rule.
 */
public record TallyRule(BigDecimal quorum, BigDecimal threshold, BigDecimal vetoThreshold) {

    /** The x/gov defaults: quorum 0.334, threshold 0.5, veto threshold 0.334. */
    public static final TallyRule DEFAULT = new TallyRule(new BigDecimal("0.334"), new BigDecimal("0.5"),
            new BigDecimal("0.334"));

    public TallyRule {
        quorum = fraction("quorum", quorum);
        threshold = fraction("threshold", threshold);
        vetoThreshold = fraction("vetoThreshold", vetoThreshold);
    }

    public static TallyRule of(String quorum, String threshold, String vetoThreshold) {
        return new TallyRule(decimal("quorum", quorum), decimal("threshold", threshold),
                decimal("vetoThreshold", vetoThreshold));
    }

    /** Applies the rule to the weights cast in one chamber out of its electorate's total weight. */
    public ChamberTally decide(Chamber chamber, OptionTotals totals, long electorateWeight) {
        Objects.requireNonNull(chamber, "chamber");
        Objects.requireNonNull(totals, "totals");
        if (electorateWeight < 0 || totals.votingWeight() > electorateWeight) {
            throw new IllegalArgumentException("Voting weight " + totals.votingWeight()
                    + " cannot exceed the electorate weight " + electorateWeight + " in " + chamber.jsonName());
        }
        BigDecimal voting = BigDecimal.valueOf(totals.votingWeight());
        boolean quorumReached = voting.compareTo(quorum.multiply(BigDecimal.valueOf(electorateWeight))) >= 0;
        TallyOutcome outcome;
        if (!quorumReached || totals.nonAbstainingWeight() == 0) {
            outcome = TallyOutcome.FAILED_QUORUM;
        } else if (BigDecimal.valueOf(totals.noWithVeto()).compareTo(vetoThreshold.multiply(voting)) >= 0) {
            outcome = TallyOutcome.VETOED;
        } else if (BigDecimal.valueOf(totals.yes())
                .compareTo(threshold.multiply(BigDecimal.valueOf(totals.nonAbstainingWeight()))) > 0) {
            outcome = TallyOutcome.PASSED;
        } else {
            outcome = TallyOutcome.REJECTED;
        }
        return new ChamberTally(chamber, totals, electorateWeight, quorumReached, outcome);
    }

    private static BigDecimal fraction(String name, BigDecimal value) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value.toPlainString());
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static BigDecimal decimal(String name, String value) {
        Objects.requireNonNull(value, name);
        if (!value.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException(name + " must be a plain decimal such as 0.334, was " + value);
        }
        return new BigDecimal(value);
    }
}
