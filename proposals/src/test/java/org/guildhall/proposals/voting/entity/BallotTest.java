package org.guildhall.proposals.voting.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BallotTest {

    private static final UUID PROPOSAL = UUID.randomUUID();
    private static final UUID VOTER = UUID.randomUUID();
    private static final Instant CAST = Instant.parse("2025-03-02T08:00:00Z");

    private static Ballot ballot() {
        return new Ballot(PROPOSAL, VOTER, "rep", VoteChoice.YES, CAST);
    }

    @Test
    void newBallotIsCurrent() {
        Ballot ballot = ballot();

        assertThat(ballot.isCurrent()).isTrue();
        assertThat(ballot.getSupersededAt()).isNull();
        assertThat(ballot.getProposalId()).isEqualTo(PROPOSAL);
        assertThat(ballot.getVoterOrganisation()).isEqualTo(VOTER);
        assertThat(ballot.getCastBy()).isEqualTo("rep");
        assertThat(ballot.getChoice()).isEqualTo(VoteChoice.YES);
        assertThat(ballot.getCastAt()).isEqualTo(CAST);
    }

    @Test
    void supersededBallotIsNoLongerCurrentAndKeepsItsChoice() {
        Ballot ballot = ballot();
        Instant later = CAST.plusSeconds(600);

        ballot.supersede(later);

        assertThat(ballot.isCurrent()).isFalse();
        assertThat(ballot.getSupersededAt()).isEqualTo(later);
        assertThat(ballot.getChoice()).isEqualTo(VoteChoice.YES);
    }

    @Test
    void supersedingAgainKeepsTheFirstSupersedeTime() {
        Ballot ballot = ballot();
        Instant first = CAST.plusSeconds(600);

        ballot.supersede(first);
        ballot.supersede(first.plusSeconds(3600));

        assertThat(ballot.getSupersededAt()).isEqualTo(first);
    }

    @Test
    void needsAChoice() {
        assertThatThrownBy(() -> new Ballot(PROPOSAL, VOTER, "rep", null, CAST)).isInstanceOf(NullPointerException.class);
    }
}
