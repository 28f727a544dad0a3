package org.guildhall.proposals.tally.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guildhall.proposals.tally.entity.BallotOption.NO;
import static org.guildhall.proposals.tally.entity.BallotOption.NO_WITH_VETO;
import static org.guildhall.proposals.tally.entity.BallotOption.YES;
import static org.guildhall.proposals.tally.entity.Chamber.ORGANISATIONS;

import java.time.Duration;
import java.util.Optional;
import org.guildhall.proposals.tally.VoteBuilder;
import org.guildhall.proposals.tally.entity.TallyOutcome;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.tally.entity.TallyRule;
import org.guildhall.proposals.tally.entity.TrackSnapshot;
import org.junit.jupiter.api.Test;

class ExpeditedConversionTest {

    private static final TallyRule EXPEDITED = TallyRule.of("0.5", "0.667", "0.334");
    private static final Duration REGULAR_PERIOD = Duration.ofDays(14);

    @Test
    void aFailedExpeditedVoteBecomesARegularVoteWithAFreshPeriod() {
        // 3 of 5 yes passes the regular 0.5 but not the expedited 0.667
        VoteBuilder vote = expedited().ballots("org", 0, 3, YES).ballots("org", 3, 5, NO);
        TallyResult result = vote.tally();
        TrackSnapshot expedited = vote.track();

        Optional<TrackSnapshot> regular = ExpeditedConversion.regularVoteAfter(expedited, result, TallyRule.DEFAULT,
                REGULAR_PERIOD);

        assertThat(result.outcome()).isEqualTo(TallyOutcome.REJECTED);
        assertThat(regular).hasValueSatisfying(track -> {
            assertThat(track.expedited()).isFalse();
            assertThat(track.rule()).isEqualTo(TallyRule.DEFAULT);
            assertThat(track.votingStart()).isEqualTo(expedited.votingEnd());
            assertThat(track.votingEnd()).isEqualTo(expedited.votingEnd().plus(REGULAR_PERIOD));
            assertThat(track.id()).isEqualTo(expedited.id());
            assertThat(track.name()).isEqualTo(expedited.name());
        });
    }

    @Test
    void anExpeditedVoteThatFailedItsQuorumOrWasVetoedAlsoConverts() {
        TallyResult failedQuorum = expedited().ballot("org-0", YES).tally();
        TallyResult vetoed = expedited().ballots("org", 0, 3, YES).ballots("org", 3, 5, NO_WITH_VETO).tally();

        assertThat(failedQuorum.outcome()).isEqualTo(TallyOutcome.FAILED_QUORUM);
        assertThat(vetoed.outcome()).isEqualTo(TallyOutcome.VETOED);
        assertThat(ExpeditedConversion.regularVoteAfter(expedited().track(), failedQuorum, TallyRule.DEFAULT,
                REGULAR_PERIOD)).isPresent();
        assertThat(ExpeditedConversion.regularVoteAfter(expedited().track(), vetoed, TallyRule.DEFAULT,
                REGULAR_PERIOD)).isPresent();
    }

    @Test
    void aPassedExpeditedVoteDoesNotConvert() {
        VoteBuilder vote = expedited().ballots("org", 0, 4, YES).ballot("org-4", NO);

        assertThat(vote.tally().passed()).isTrue();
        assertThat(ExpeditedConversion.regularVoteAfter(vote.track(), vote.tally(), TallyRule.DEFAULT, REGULAR_PERIOD))
                .isEmpty();
    }

    @Test
    void aRegularVoteDoesNotConvert() {
        VoteBuilder vote = VoteBuilder.organisations().voter("org-0", 1).ballot("org-0", NO);

        assertThatThrownBy(() -> ExpeditedConversion.regularVoteAfter(vote.track(), vote.tally(), TallyRule.DEFAULT,
                REGULAR_PERIOD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEmptyRegularPeriod() {
        VoteBuilder vote = expedited().ballot("org-0", NO);

        assertThatThrownBy(() -> ExpeditedConversion.regularVoteAfter(vote.track(), vote.tally(), TallyRule.DEFAULT,
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static VoteBuilder expedited() {
        return VoteBuilder.organisations().voters("org", 5, 1, ORGANISATIONS).rule(EXPEDITED).expedited();
    }
}
