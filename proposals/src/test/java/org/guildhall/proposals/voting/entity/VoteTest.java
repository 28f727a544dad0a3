package org.guildhall.proposals.voting.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.TallyOutcome;
import org.guildhall.proposals.tally.entity.TallyRule;
import org.guildhall.proposals.tally.entity.TrackSnapshot;
import org.guildhall.proposals.track.entity.DecisionKind;
import org.junit.jupiter.api.Test;

class VoteTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(2));
    private static final String HASH = "a".repeat(64);

    private static Vote expedited() {
        return new Vote(UUID.randomUUID(), 1, HASH, DecisionKind.PARAMETER_CHANGE, EnumSet.allOf(Chamber.class),
                new TrackSnapshot("parameter-change", "Parameter change", TallyRule.of("0.334", "0.667", "0.334"), START,
                        END, true),
                TallyRule.DEFAULT, Duration.ofDays(7), "editor");
    }

    @Test
    void keepsTheTrackParametersItOpenedWith() {
        Vote vote = expedited();

        assertThat(vote.track().rule()).isEqualTo(TallyRule.of("0.334", "0.667", "0.334"));
        assertThat(vote.regularRule().threshold()).isEqualByComparingTo("0.5");
        assertThat(vote.regularPeriod()).isEqualTo(Duration.ofDays(7));
        assertThat(vote.chambers()).containsExactly(Chamber.ORGANISATIONS, Chamber.COMMUNITY);
    }

    @Test
    void acceptsBallotsFromTheStartUntilJustBeforeTheEnd() {
        Vote vote = expedited();
        vote.requireOpenAt(START);
        vote.requireOpenAt(END.minusNanos(1000));
        assertThatThrownBy(() -> vote.requireOpenAt(END)).isInstanceOfSatisfying(ProposalException.class,
                e -> assertThat(e.problem()).isEqualTo("voting-closed"));
        assertThatThrownBy(() -> vote.requireOpenAt(START.minusSeconds(1))).isInstanceOfSatisfying(ProposalException.class,
                e -> assertThat(e.problem()).isEqualTo("voting-not-open"));
    }

    @Test
    void closesOnceAndOnlyAfterItsPeriod() {
        Vote vote = expedited();
        assertThatThrownBy(() -> vote.close(TallyOutcome.PASSED, "{}", HASH, END.minusSeconds(1)))
                .isInstanceOf(ProposalException.class);

        vote.close(TallyOutcome.REJECTED, "{}", HASH, END);

        assertThat(vote.getStatus()).isEqualTo(VoteStatus.CLOSED);
        assertThat(vote.getOutcome()).isEqualTo(TallyOutcome.REJECTED);
        assertThatThrownBy(() -> vote.close(TallyOutcome.PASSED, "{}", HASH, END.plusSeconds(1)))
                .isInstanceOf(ProposalException.class);
        assertThatThrownBy(() -> vote.requireOpenAt(START)).isInstanceOf(ProposalException.class);
    }

    @Test
    void aCancelledRoundTakesNoBallotsAndCannotBeClosed() {
        Vote vote = expedited();
        vote.cancel(START.plusSeconds(60));

        assertThat(vote.getStatus()).isEqualTo(VoteStatus.CANCELLED);
        assertThatThrownBy(() -> vote.requireOpenAt(START.plusSeconds(120))).isInstanceOf(ProposalException.class);
        assertThatThrownBy(() -> vote.close(TallyOutcome.PASSED, "{}", HASH, END)).isInstanceOf(ProposalException.class);
    }

    @Test
    void theRegularRoundAfterAnExpeditedOneIsTheNextRoundWithTheRegularRule() {
        Vote vote = expedited();
        TrackSnapshot regular = new TrackSnapshot("parameter-change", "Parameter change", vote.regularRule(), END,
                END.plus(Duration.ofDays(7)), false);

        Vote next = vote.regularRoundAfter(regular);

        assertThat(next.getRound()).isEqualTo(2);
        assertThat(next.isExpedited()).isFalse();
        assertThat(next.track().rule().threshold()).isEqualByComparingTo("0.5");
        assertThat(next.getVotingStart()).isEqualTo(END);
        assertThat(next.getContentSha256()).isEqualTo(HASH);
        assertThat(next.getStatus()).isEqualTo(VoteStatus.OPEN);
    }
}
