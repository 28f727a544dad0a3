package org.guildhall.proposals.proposal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProposalTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant START = Instant.parse("2025-03-02T08:00:00Z");
    private static final Duration PERIOD = Duration.ofDays(7);
    private static final Instant END = START.plus(PERIOD);

    private static final String NOT_OPENED = "Voting on this proposal has not been opened.";
    private static final String NOT_STARTED = "Voting on this proposal has not started yet.";
    private static final String CLOSED = "Voting on this proposal has closed.";

    private static final UUID ORGANISATION = UUID.fromString("7f1d3a52-6a0e-4c34-9d7e-2b8f1c0a9e11");

    private static Proposal draft() {
        return Proposal.draft(new ProposalDraft("  Adopt did:gh  ", "\tA DID method for the federation\n",
                "  # Motivation\n\nBody kept as written.  \n"), "rep", ORGANISATION, CREATED);
    }

    private static Proposal voting() {
        Proposal proposal = draft();
        proposal.openVoting("admin", START, PERIOD);
        return proposal;
    }

    private static Proposal decided() {
        Proposal proposal = voting();
        proposal.markDecided(END);
        return proposal;
    }

    private static void assertRefused(ThrowingCallable call, ProposalException.Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProposalException.class,
                e -> assertThat(e.reason()).isEqualTo(reason)).hasMessage(message);
    }

    @Nested
    class Drafting {

        @Test
        void newProposalIsADraftOfItsAuthorAndOrganisation() {
            Proposal proposal = draft();

            assertThat(proposal.getId()).isNotNull();
            assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);
            assertThat(proposal.getAuthor()).isEqualTo("rep");
            assertThat(proposal.getAuthorOrganisation()).isEqualTo(ORGANISATION);
            assertThat(proposal.getCreatedAt()).isEqualTo(CREATED);
            assertThat(proposal.getVotingStartsAt()).isNull();
            assertThat(proposal.getVotingEndsAt()).isNull();
            assertThat(proposal.getVotingOpenedBy()).isNull();
        }

        @Test
        void stripsTitleAndSummaryButKeepsTheBodyAsWritten() {
            Proposal proposal = draft();

            assertThat(proposal.getTitle()).isEqualTo("Adopt did:gh");
            assertThat(proposal.getSummary()).isEqualTo("A DID method for the federation");
            assertThat(proposal.getBody()).isEqualTo("  # Motivation\n\nBody kept as written.  \n");
        }

        @Test
        void draftAcceptsNoBallotsAndIsNotDueForClosing() {
            Proposal proposal = draft();

            assertThat(proposal.acceptsBallotsAt(START)).isFalse();
            assertThat(proposal.isDueForClosingAt(END.plusSeconds(1))).isFalse();
        }
    }

    @Nested
    class OpeningTheVote {

        @Test
        void draftIsPutToAVoteFromStartForThePeriod() {
            Proposal proposal = draft();

            proposal.openVoting("admin", START, PERIOD);

            assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.VOTING);
            assertThat(proposal.getVotingOpenedBy()).isEqualTo("admin");
            assertThat(proposal.getVotingStartsAt()).isEqualTo(START);
            assertThat(proposal.getVotingEndsAt()).isEqualTo(Instant.parse("2025-03-09T08:00:00Z"));
        }

        @Test
        void acceptsTheShortestAndTheLongestPeriod() {
            Proposal shortest = draft();
            shortest.openVoting("admin", START, Duration.ofMinutes(1));
            Proposal longest = draft();
            longest.openVoting("admin", START, Duration.ofDays(90));

            assertThat(shortest.getVotingEndsAt()).isEqualTo(START.plusSeconds(60));
            assertThat(longest.getVotingEndsAt()).isEqualTo(START.plus(Duration.ofDays(90)));
        }

        @Test
        void refusesAPeriodShorterThanOneMinute() {
            for (Duration period : new Duration[] {Duration.ofSeconds(59), Duration.ofMinutes(1).minusNanos(1),
                    Duration.ZERO, Duration.ofMinutes(-5)}) {
                Proposal proposal = draft();

                assertRefused(() -> proposal.openVoting("admin", START, period), ProposalException.Reason.INVALID,
                        "A voting period lasts between 1 minute and 90 days.");
                assertThat(proposal.getStatus()).as(period.toString()).isEqualTo(ProposalStatus.DRAFT);
                assertThat(proposal.getVotingEndsAt()).isNull();
            }
        }

        @Test
        void refusesAPeriodLongerThanNinetyDays() {
            for (Duration period : new Duration[] {Duration.ofDays(90).plusNanos(1), Duration.ofDays(91),
                    Duration.ofDays(365)}) {
                Proposal proposal = draft();

                assertRefused(() -> proposal.openVoting("admin", START, period), ProposalException.Reason.INVALID,
                        "A voting period lasts between 1 minute and 90 days.");
                assertThat(proposal.getStatus()).as(period.toString()).isEqualTo(ProposalStatus.DRAFT);
            }
        }

        @Test
        void refusesToOpenTheVoteTwice() {
            Proposal proposal = voting();

            assertRefused(() -> proposal.openVoting("other-admin", END, PERIOD), ProposalException.Reason.CONFLICT,
                    "Only a draft can be put to a vote; this proposal is VOTING.");
            assertThat(proposal.getVotingStartsAt()).isEqualTo(START);
            assertThat(proposal.getVotingEndsAt()).isEqualTo(END);
            assertThat(proposal.getVotingOpenedBy()).isEqualTo("admin");
        }

        @Test
        void refusesToReopenADecidedProposal() {
            Proposal proposal = decided();

            assertRefused(() -> proposal.openVoting("admin", END.plusSeconds(60), PERIOD),
                    ProposalException.Reason.CONFLICT, "Only a draft can be put to a vote; this proposal is DECIDED.");
            assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DECIDED);
        }
    }

    @Nested
    class AcceptingBallots {

        @Test
        void acceptsBallotsFromTheStartUntilJustBeforeTheEnd() {
            Proposal proposal = voting();

            assertThat(proposal.acceptsBallotsAt(START)).isTrue();
            assertThat(proposal.acceptsBallotsAt(START.plus(Duration.ofDays(3)))).isTrue();
            assertThat(proposal.acceptsBallotsAt(END.minusNanos(1))).isTrue();
            proposal.requireOpenAt(START);
            proposal.requireOpenAt(END.minusNanos(1));
        }

        @Test
        void rejectsBallotBeforeVotingStarts() {
            Proposal proposal = voting();

            assertThat(proposal.acceptsBallotsAt(START.minusNanos(1))).isFalse();
            assertRefused(() -> proposal.requireOpenAt(START.minusSeconds(1)), ProposalException.Reason.CONFLICT,
                    NOT_STARTED);
        }

        @Test
        void rejectsBallotExactlyAtTheEndBecauseTheEndIsExclusive() {
            Proposal proposal = voting();

            assertThat(proposal.acceptsBallotsAt(END)).isFalse();
            assertRefused(() -> proposal.requireOpenAt(END), ProposalException.Reason.CONFLICT, CLOSED);
        }

        @Test
        void rejectsBallotAfterVotingPeriodEnds() {
            Proposal proposal = voting();

            assertRefused(() -> proposal.requireOpenAt(END.plusSeconds(1)), ProposalException.Reason.CONFLICT, CLOSED);
        }

        @Test
        void rejectsBallotOnADraftAtAnyTime() {
            Proposal proposal = draft();

            for (Instant at : new Instant[] {CREATED, START, END}) {
                assertRefused(() -> proposal.requireOpenAt(at), ProposalException.Reason.CONFLICT, NOT_OPENED);
            }
        }

        @Test
        void rejectsBallotOnADecidedProposalAtAnyTime() {
            Proposal proposal = decided();

            for (Instant at : new Instant[] {START.minusSeconds(1), START, END.minusSeconds(1), END.plusSeconds(1)}) {
                assertThat(proposal.acceptsBallotsAt(at)).isFalse();
                assertRefused(() -> proposal.requireOpenAt(at), ProposalException.Reason.CONFLICT, CLOSED);
            }
        }
    }

    @Nested
    class Deciding {

        @Test
        void isDueForClosingFromTheEndOnward() {
            Proposal proposal = voting();

            assertThat(proposal.isDueForClosingAt(END.minusNanos(1))).isFalse();
            assertThat(proposal.isDueForClosingAt(END)).isTrue();
            assertThat(proposal.isDueForClosingAt(END.plus(Duration.ofDays(30)))).isTrue();
        }

        @Test
        void refusesToDecideBeforeThePeriodEnds() {
            Proposal proposal = voting();

            assertRefused(() -> proposal.markDecided(END.minusNanos(1)), ProposalException.Reason.CONFLICT,
                    "The vote on this proposal cannot be closed now (VOTING).");
            assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.VOTING);
            assertThat(proposal.acceptsBallotsAt(END.minusNanos(1))).isTrue();
        }

        @Test
        void decidesExactlyAtTheEnd() {
            Proposal proposal = voting();

            proposal.markDecided(END);

            assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DECIDED);
        }

        @Test
        void decidesAfterTheEnd() {
            Proposal proposal = voting();

            proposal.markDecided(END.plus(Duration.ofHours(5)));

            assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DECIDED);
            assertThat(proposal.isDueForClosingAt(END.plus(Duration.ofHours(6)))).isFalse();
        }

        @Test
        void refusesToDecideTwice() {
            Proposal proposal = decided();

            assertRefused(() -> proposal.markDecided(END.plusSeconds(10)), ProposalException.Reason.CONFLICT,
                    "The vote on this proposal cannot be closed now (DECIDED).");
            assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DECIDED);
        }

        @Test
        void refusesToDecideADraft() {
            Proposal proposal = draft();

            assertRefused(() -> proposal.markDecided(END), ProposalException.Reason.CONFLICT,
                    "The vote on this proposal cannot be closed now (DRAFT).");
            assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);
        }
    }
}
