package org.guildhall.proposals.tally.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The x/gov rule on each of its boundaries, applied to one chamber of electorate weight 1000 unless said otherwise. */
class TallyRuleTest {

    private static final TallyRule RULE = TallyRule.DEFAULT;

    private static ChamberTally decide(long yes, long no, long noWithVeto, long abstain) {
        return RULE.decide(Chamber.ORGANISATIONS, new OptionTotals(yes, no, noWithVeto, abstain), 1000);
    }

    @Test
    void defaultsAreTheCosmosValues() {
        assertThat(RULE.quorum()).isEqualByComparingTo("0.334");
        assertThat(RULE.threshold()).isEqualByComparingTo("0.5");
        assertThat(RULE.vetoThreshold()).isEqualByComparingTo("0.334");
    }

    @Test
    void turnoutExactlyAtTheQuorumReachesIt() {
        ChamberTally tally = decide(334, 0, 0, 0);

        assertThat(tally.quorumReached()).isTrue();
        assertThat(tally.turnout()).isEqualByComparingTo("0.334");
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.PASSED);
    }

    @Test
    void turnoutJustBelowTheQuorumFailsIt() {
        ChamberTally tally = decide(333, 0, 0, 0);

        assertThat(tally.quorumReached()).isFalse();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
        assertThat(tally.passed()).isFalse();
    }

    @Test
    void quorumIsComparedExactlyWhereBinaryFloatingPointWouldMissIt() {
        // 3 / 30 is exactly 0.1, but 0.1 * 30 in double is 3.0000000000000004
        TallyRule rule = TallyRule.of("0.1", "0.5", "0.334");

        ChamberTally tally = rule.decide(Chamber.ORGANISATIONS, new OptionTotals(3, 0, 0, 0), 30);

        assertThat(tally.quorumReached()).isTrue();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.PASSED);
    }

    @Test
    void yesExactlyAtTheThresholdDoesNotPass() {
        ChamberTally tally = decide(250, 250, 0, 0);

        assertThat(tally.outcome()).isEqualTo(TallyOutcome.REJECTED);
        assertThat(tally.passed()).isFalse();
    }

    @Test
    void yesJustAboveTheThresholdPasses() {
        ChamberTally tally = decide(251, 250, 0, 0);

        assertThat(tally.outcome()).isEqualTo(TallyOutcome.PASSED);
        assertThat(tally.passed()).isTrue();
    }

    @Test
    void thresholdIsExactForLargeWeights() {
        TallyRule rule = TallyRule.of("0", "0.5", "1");
        long half = 1_000_000_000_000_000L;

        ChamberTally tie = rule.decide(Chamber.ORGANISATIONS, new OptionTotals(half, half, 0, 0), 2 * half + 1);
        ChamberTally oneMore = rule.decide(Chamber.ORGANISATIONS, new OptionTotals(half + 1, half, 0, 0), 2 * half + 1);

        assertThat(tie.outcome()).isEqualTo(TallyOutcome.REJECTED);
        assertThat(oneMore.outcome()).isEqualTo(TallyOutcome.PASSED);
    }

    @Test
    void noWithVetoCountsAgainstTheThreshold() {
        // 300 / (300 + 200 + 200) > 0.5 would pass without the vetoes; 300 / 700 with them does not
        assertThat(decide(300, 200, 200, 0).outcome()).isEqualTo(TallyOutcome.REJECTED);
    }

    @Test
    void abstentionsDoNotCountAgainstTheThreshold() {
        assertThat(decide(200, 150, 0, 300).outcome()).isEqualTo(TallyOutcome.PASSED);
    }

    @Test
    void noWithVetoExactlyAtTheVetoThresholdVetoes() {
        ChamberTally tally = decide(666, 0, 334, 0);

        assertThat(tally.outcome()).isEqualTo(TallyOutcome.VETOED);
        assertThat(tally.vetoed()).isTrue();
        assertThat(tally.passed()).isFalse();
    }

    @Test
    void noWithVetoJustBelowTheVetoThresholdDoesNotVeto() {
        ChamberTally tally = decide(667, 0, 333, 0);

        assertThat(tally.vetoed()).isFalse();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.PASSED);
    }

    @Test
    void vetoIsMeasuredAgainstAllVotingWeightIncludingAbstentions() {
        // 300 of 1000 voting is below 0.334; of the 700 that did not abstain it would be above
        ChamberTally tally = decide(400, 0, 300, 300);

        assertThat(tally.vetoed()).isFalse();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.PASSED);
    }

    @Test
    void allVotesAbstainingFailsEvenWithFullTurnout() {
        ChamberTally tally = decide(0, 0, 0, 1000);

        assertThat(tally.quorumReached()).isTrue();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
    }

    @Test
    void zeroTurnoutFailsTheQuorum() {
        ChamberTally tally = decide(0, 0, 0, 0);

        assertThat(tally.quorumReached()).isFalse();
        assertThat(tally.turnout()).isEqualByComparingTo("0");
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
    }

    @Test
    void zeroTurnoutFailsEvenWithAZeroQuorum() {
        ChamberTally tally = TallyRule.of("0", "0.5", "0.334")
                .decide(Chamber.ORGANISATIONS, OptionTotals.NONE, 1000);

        assertThat(tally.quorumReached()).isTrue();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
    }

    @Test
    void anEmptyChamberFailsItsQuorum() {
        ChamberTally tally = RULE.decide(Chamber.COMMUNITY, OptionTotals.NONE, 0);

        assertThat(tally.turnout()).isEqualByComparingTo("0");
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
    }

    @Test
    void quorumIsCheckedBeforeTheVeto() {
        ChamberTally tally = decide(0, 0, 333, 0);

        assertThat(tally.outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
        assertThat(tally.vetoed()).isFalse();
    }

    @Test
    void vetoIsCheckedBeforeTheThreshold() {
        // yes is 0.6 of the non-abstaining weight, which would pass, but the veto share is 0.4
        assertThat(decide(600, 0, 400, 0).outcome()).isEqualTo(TallyOutcome.VETOED);
    }

    @Test
    void turnoutIsRoundedDownForDisplayOnly() {
        ChamberTally tally = RULE.decide(Chamber.ORGANISATIONS, new OptionTotals(2, 0, 0, 0), 3);

        assertThat(tally.turnout()).isEqualTo(new BigDecimal("0.666666666"));
    }

    @Test
    void refusesParametersOutsideZeroToOne() {
        assertThatThrownBy(() -> TallyRule.of("1.01", "0.5", "0.334")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quorum");
        assertThatThrownBy(() -> new TallyRule(new BigDecimal("0.334"), new BigDecimal("-0.1"), new BigDecimal("0.334")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new TallyRule(new BigDecimal("0.334"), new BigDecimal("0.5"), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesDecimalsThatAreNotPlain() {
        assertThatThrownBy(() -> TallyRule.of("3.34E-1", "0.5", "0.334")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TallyRule.of(".5", "0.5", "0.334")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TallyRule.of("-0", "0.5", "0.334")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameFractionsWrittenDifferentlyAreTheSameRule() {
        assertThat(TallyRule.of("0.3340", "0.50", "0.334")).isEqualTo(TallyRule.DEFAULT);
        assertThat(TallyRule.of("1.000", "0.000", "1").threshold().toPlainString()).isEqualTo("0");
        assertThat(TallyRule.of("1.000", "0.000", "1").quorum().toPlainString()).isEqualTo("1");
    }

    @Test
    void refusesMoreVotingWeightThanTheElectorateHas() {
        assertThatThrownBy(() -> RULE.decide(Chamber.ORGANISATIONS, new OptionTotals(600, 401, 0, 0), 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
