package org.guildhall.proposals.voting.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.proposals.decision.entity.Outcome;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static final UUID PROPOSAL = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2025-03-02T08:00:00Z");

    private static Ballot ballot(VoteChoice choice) {
        return new Ballot(PROPOSAL, UUID.randomUUID(), "rep", choice, AT);
    }

    @Test
    void passesWhenYesOutnumbersNo() {
        assertThat(new Tally(3, 2, 0, 10).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(new Tally(1, 0, 0, 10).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void rejectsWhenNoOutnumbersYes() {
        assertThat(new Tally(2, 3, 0, 10).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void rejectsOnATie() {
        assertThat(new Tally(4, 4, 0, 10).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void rejectsWhenNobodyVoted() {
        Tally tally = new Tally(0, 0, 0, 10);

        assertThat(tally.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(tally.turnout()).isZero();
    }

    @Test
    void rejectsWhenOnlyAbstentionsWereCast() {
        assertThat(new Tally(0, 0, 5, 10).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void abstentionsCountForTurnoutButNotForTheOutcome() {
        Tally narrowYes = new Tally(2, 1, 6, 10);
        Tally tieWithAbstentions = new Tally(2, 2, 5, 10);

        assertThat(narrowYes.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(narrowYes.turnout()).isEqualTo(9);
        assertThat(tieWithAbstentions.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(tieWithAbstentions.turnout()).isEqualTo(9);
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> new Tally(-1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(0, -1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(0, 0, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(0, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsEachChoiceOfTheCurrentBallots() {
        Tally tally = Tally.of(List.of(ballot(VoteChoice.YES), ballot(VoteChoice.NO), ballot(VoteChoice.YES),
                ballot(VoteChoice.ABSTAIN), ballot(VoteChoice.YES)), 7);

        assertThat(tally).isEqualTo(new Tally(3, 1, 1, 7));
        assertThat(tally.turnout()).isEqualTo(5);
        assertThat(tally.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void countsNoBallotsAsAnEmptyTally() {
        assertThat(Tally.of(List.of(), 4)).isEqualTo(new Tally(0, 0, 0, 4));
    }
}
