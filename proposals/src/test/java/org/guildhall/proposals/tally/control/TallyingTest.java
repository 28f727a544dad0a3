package org.guildhall.proposals.tally.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guildhall.proposals.tally.entity.BallotOption.ABSTAIN;
import static org.guildhall.proposals.tally.entity.BallotOption.NO;
import static org.guildhall.proposals.tally.entity.BallotOption.NO_WITH_VETO;
import static org.guildhall.proposals.tally.entity.BallotOption.YES;
import static org.guildhall.proposals.tally.entity.Chamber.COMMUNITY;
import static org.guildhall.proposals.tally.entity.Chamber.ORGANISATIONS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.guildhall.proposals.tally.VoteBuilder;
import org.guildhall.proposals.tally.entity.CastBallot;
import org.guildhall.proposals.tally.entity.NotAnElectorException;
import org.guildhall.proposals.tally.entity.OptionTotals;
import org.guildhall.proposals.tally.entity.TallyOutcome;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.junit.jupiter.api.Test;

class TallyingTest {

    @Test
    void oneOrganisationOneVoteCountsHeads() {
        TallyResult tally = VoteBuilder.organisations()
                .voters("org", 5, 1, ORGANISATIONS)
                .ballot("org-0", YES).ballot("org-1", YES).ballot("org-2", NO).ballot("org-3", ABSTAIN)
                .tally();

        assertThat(tally.chamber(ORGANISATIONS).totals()).isEqualTo(new OptionTotals(2, 1, 0, 1));
        assertThat(tally.chamber(ORGANISATIONS).electorateWeight()).isEqualTo(5);
        assertThat(tally.turnout()).isEqualByComparingTo("0.8");
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.PASSED);
    }

    @Test
    void weightsCountNotHeads() {
        TallyResult tally = VoteBuilder.organisations()
                .voter("org-big", 10).voter("org-small-1", 1).voter("org-small-2", 1)
                .ballot("org-big", NO).ballot("org-small-1", YES).ballot("org-small-2", YES)
                .tally();

        assertThat(tally.totals()).isEqualTo(new OptionTotals(2, 10, 0, 0));
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.REJECTED);
    }

    @Test
    void aVoterOfWeightZeroIsCountedWithoutWeight() {
        TallyResult tally = VoteBuilder.organisations()
                .voter("org-a", 1).voter("org-observer", 0)
                .ballot("org-a", YES).ballot("org-observer", NO_WITH_VETO)
                .tally();

        assertThat(tally.totals()).isEqualTo(new OptionTotals(1, 0, 0, 0));
        assertThat(tally.passed()).isTrue();
    }

    @Test
    void onlyTheLatestBallotOfAVoterCounts() {
        TallyResult tally = VoteBuilder.organisations()
                .voter("org-a", 1).voter("org-b", 1)
                .ballot("org-a", YES).ballot("org-b", YES).ballot("org-a", NO).ballot("org-a", NO_WITH_VETO)
                .tally();

        assertThat(tally.totals()).isEqualTo(new OptionTotals(1, 0, 1, 0));
        assertThat(tally.vetoed()).isTrue();
    }

    @Test
    void theLatestBallotCountsWhateverItsPlaceInTheList() {
        VoteBuilder vote = VoteBuilder.organisations().voter("org-a", 1)
                .ballot("org-a", NO).ballot("org-a", YES);
        List<CastBallot> newestFirst = new ArrayList<>(vote.ballots());
        Collections.reverse(newestFirst);

        TallyResult tally = Tallying.tally(vote.electorate(), newestFirst, vote.track().rule());

        assertThat(tally.totals()).isEqualTo(new OptionTotals(1, 0, 0, 0));
        assertThat(Tallying.counted(vote.electorate(), newestFirst)).containsExactly(true, false);
    }

    @Test
    void ofTwoBallotsWithTheSameTimeTheLaterInTheListCounts() {
        VoteBuilder vote = VoteBuilder.organisations().voter("org-a", 1)
                .ballot("org-a", NO, VoteBuilder.START).ballot("org-a", YES, VoteBuilder.START);

        assertThat(vote.tally().totals()).isEqualTo(new OptionTotals(1, 0, 0, 0));
        assertThat(Tallying.counted(vote.electorate(), vote.ballots())).containsExactly(false, true);
    }

    @Test
    void refusesABallotFromAVoterOutsideTheElectorate() {
        VoteBuilder vote = VoteBuilder.organisations().voter("org-a", 1)
                .ballot("org-a", YES).ballot("org-intruder", YES);

        assertThatThrownBy(vote::tally).isInstanceOf(NotAnElectorException.class)
                .hasMessageContaining("org-intruder")
                .satisfies(e -> assertThat(((NotAnElectorException) e).voter()).isEqualTo("org-intruder"));
    }

    @Test
    void withTwoChambersBothPassingTheProposalPasses() {
        TallyResult tally = twoChambers()
                .ballots("org", 0, 3, YES).ballots("member", 0, 4, YES).ballot("member-4", NO)
                .tally();

        assertThat(tally.chambers()).extracting(c -> c.chamber()).containsExactly(ORGANISATIONS, COMMUNITY);
        assertThat(tally.chamber(ORGANISATIONS).passed()).isTrue();
        assertThat(tally.chamber(COMMUNITY).passed()).isTrue();
        assertThat(tally.passed()).isTrue();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.PASSED);
        assertThat(tally.totals()).isEqualTo(new OptionTotals(7, 1, 0, 0));
        assertThat(tally.electorateWeight()).isEqualTo(3 + 10);
    }

    @Test
    void withTwoChambersOneRejectingTheProposalFails() {
        TallyResult tally = twoChambers()
                .ballots("org", 0, 3, YES).ballots("member", 0, 4, NO)
                .tally();

        assertThat(tally.chamber(ORGANISATIONS).outcome()).isEqualTo(TallyOutcome.PASSED);
        assertThat(tally.chamber(COMMUNITY).outcome()).isEqualTo(TallyOutcome.REJECTED);
        assertThat(tally.passed()).isFalse();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.REJECTED);
    }

    @Test
    void withTwoChambersOneMissingItsQuorumTheProposalFailsItsQuorum() {
        // the community's 3 of 10 is below 0.334, even though everyone who voted said yes
        TallyResult tally = twoChambers()
                .ballots("org", 0, 3, YES).ballots("member", 0, 3, YES)
                .tally();

        assertThat(tally.chamber(ORGANISATIONS).passed()).isTrue();
        assertThat(tally.chamber(COMMUNITY).quorumReached()).isFalse();
        assertThat(tally.quorumReached()).isFalse();
        assertThat(tally.passed()).isFalse();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
    }

    @Test
    void withTwoChambersAVetoInOneVetoesTheProposal() {
        TallyResult tally = twoChambers()
                .ballot("org-0", YES).ballots("org", 1, 3, NO_WITH_VETO).ballots("member", 0, 10, YES)
                .tally();

        assertThat(tally.chamber(ORGANISATIONS).vetoed()).isTrue();
        assertThat(tally.chamber(COMMUNITY).passed()).isTrue();
        assertThat(tally.vetoed()).isTrue();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.VETOED);
    }

    @Test
    void overallAFailedQuorumTakesPrecedenceOverAVetoInTheOtherChamber() {
        TallyResult tally = twoChambers()
                .ballot("org-0", NO_WITH_VETO).ballot("org-1", YES).ballot("member-0", YES)
                .tally();

        assertThat(tally.chamber(ORGANISATIONS).vetoed()).isTrue();
        assertThat(tally.chamber(COMMUNITY).outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
        assertThat(tally.vetoed()).isTrue();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
    }

    @Test
    void aChamberWithoutVotersFailsItsQuorumAndSoTheProposal() {
        TallyResult tally = VoteBuilder.bothChambers()
                .voters("org", 3, 1, ORGANISATIONS)
                .ballots("org", 0, 3, YES)
                .tally();

        assertThat(tally.chamber(COMMUNITY).electorateWeight()).isZero();
        assertThat(tally.chamber(COMMUNITY).outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
        assertThat(tally.passed()).isFalse();
    }

    @Test
    void aSingleChamberVoteHasNoOtherChamber() {
        TallyResult tally = VoteBuilder.community().voter("did:gh:alice", 1).ballot("did:gh:alice", YES).tally();

        assertThat(tally.chambers()).hasSize(1);
        assertThatThrownBy(() -> tally.chamber(ORGANISATIONS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingCastFailsTheQuorum() {
        TallyResult tally = VoteBuilder.organisations().voters("org", 3, 1, ORGANISATIONS).tally();

        assertThat(tally.votingWeight()).isZero();
        assertThat(tally.outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
    }

    @Test
    void ballotsMaySpanTheWholePeriodInAnyOrder() {
        VoteBuilder vote = VoteBuilder.organisations().voter("org-a", 1).voter("org-b", 1)
                .ballot("org-b", NO, VoteBuilder.END.minus(Duration.ofNanos(1)))
                .ballot("org-a", YES, VoteBuilder.START);

        assertThat(vote.tally().totals()).isEqualTo(new OptionTotals(1, 1, 0, 0));
    }

    /** Three organisations of weight 1 and ten community members of weight 1. */
    private static VoteBuilder twoChambers() {
        return VoteBuilder.bothChambers().voters("org", 3, 1, ORGANISATIONS).voters("member", 10, 1, COMMUNITY);
    }
}
