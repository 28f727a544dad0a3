package org.guildhall.proposals.proposal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.track.entity.DecisionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProposalTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final UUID ORG = UUID.randomUUID();

    private static Proposal draft(ProposalDocument document) {
        return Proposal.draft(document, "rep", ORG, T0);
    }

    /** A proposal brought to a status the way the process gets there, by the system where it must. */
    private static Proposal in(ProposalStatus status, ProposalDocument document) {
        Proposal p = draft(document);
        Instant t = T0.plusSeconds(60);
        switch (status) {
            case DRAFT -> { }
            case REVIEW -> p.moveTo(ProposalStatus.REVIEW, "editor", Actor.EDITOR, null, t, 7);
            case LAST_CALL -> {
                p.moveTo(ProposalStatus.REVIEW, "editor", Actor.EDITOR, null, t, 7);
                p.startLastCall("editor", Actor.EDITOR, t, t.plus(Duration.ofDays(14)));
            }
            case FINAL -> {
                p.moveTo(ProposalStatus.REVIEW, "editor", Actor.EDITOR, null, t, 7);
                p.startLastCall("editor", Actor.EDITOR, t, t.plus(Duration.ofDays(14)));
                p.moveTo(ProposalStatus.FINAL, "system", Actor.SYSTEM, "vote passed", t.plus(Duration.ofDays(15)), null);
            }
            case STAGNANT -> p.moveTo(ProposalStatus.STAGNANT, "system", Actor.SYSTEM, null, t, null);
            case WITHDRAWN -> p.moveTo(ProposalStatus.WITHDRAWN, "rep", Actor.AUTHOR, null, t, null);
            case LIVING -> {
                p.moveTo(ProposalStatus.REVIEW, "editor", Actor.EDITOR, null, t, 7);
                p.moveTo(ProposalStatus.LIVING, "editor", Actor.EDITOR, null, t, null);
            }
        }
        assertThat(p.getStatus()).isEqualTo(status);
        return p;
    }

    private static final Set<List<ProposalStatus>> ALLOWED = Set.of(
            List.of(ProposalStatus.DRAFT, ProposalStatus.REVIEW),
            List.of(ProposalStatus.DRAFT, ProposalStatus.STAGNANT),
            List.of(ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN),
            List.of(ProposalStatus.REVIEW, ProposalStatus.LAST_CALL),
            List.of(ProposalStatus.REVIEW, ProposalStatus.LIVING),
            List.of(ProposalStatus.REVIEW, ProposalStatus.STAGNANT),
            List.of(ProposalStatus.REVIEW, ProposalStatus.WITHDRAWN),
            List.of(ProposalStatus.LAST_CALL, ProposalStatus.FINAL),
            List.of(ProposalStatus.LAST_CALL, ProposalStatus.REVIEW),
            List.of(ProposalStatus.LAST_CALL, ProposalStatus.STAGNANT),
            List.of(ProposalStatus.LAST_CALL, ProposalStatus.WITHDRAWN),
            List.of(ProposalStatus.STAGNANT, ProposalStatus.DRAFT),
            List.of(ProposalStatus.STAGNANT, ProposalStatus.WITHDRAWN));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ProposalStatus from : ProposalStatus.values()) {
            for (ProposalStatus to : ProposalStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void theStatusTableAllowsExactlyTheProcessTransitions(ProposalStatus from, ProposalStatus to) {
        assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.contains(List.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyRefusedTransitionIsRefusedByTheEntityAndChangesNothing(ProposalStatus from, ProposalStatus to) {
        if (ALLOWED.contains(List.of(from, to))) {
            return;
        }
        Proposal p = in(from, Documents.meta());
        int revision = p.getRevision();

        assertThatThrownBy(() -> p.moveTo(to, "system", Actor.SYSTEM, null, T0.plus(Duration.ofDays(30)), 99))
                .isInstanceOfSatisfying(ProposalException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ProposalException.Reason.CONFLICT);
                    assertThat(e.problem()).isEqualTo("transition-not-allowed");
                });
        assertThat(p.getStatus()).isEqualTo(from);
        assertThat(p.getRevision()).isEqualTo(revision);
    }

    @Test
    void enteringReviewGivesTheNumberOnceAndItIsKeptThroughStagnationAndRevival() {
        Proposal p = draft(Documents.standard());
        assertThat(p.getNumber()).isNull();

        StatusChange change = p.moveTo(ProposalStatus.REVIEW, "editor", Actor.EDITOR, null, T0.plusSeconds(60), 12);

        assertThat(p.getNumber()).isEqualTo(12);
        assertThat(p.getFirstReviewedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(change.getFrom()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(change.getTo()).isEqualTo(ProposalStatus.REVIEW);
        p.moveTo(ProposalStatus.STAGNANT, "system", Actor.SYSTEM, null, T0.plusSeconds(120), null);
        p.moveTo(ProposalStatus.DRAFT, "rep", Actor.AUTHOR, "revived", T0.plusSeconds(180), null);
        p.moveTo(ProposalStatus.REVIEW, "editor", Actor.EDITOR, null, T0.plusSeconds(240), 13);
        assertThat(p.getNumber()).isEqualTo(12);
    }

    @Test
    void onlyEditorsMoveToReviewLastCallAndLiving() {
        Proposal draft = draft(Documents.meta());
        assertThatThrownBy(() -> draft.moveTo(ProposalStatus.REVIEW, "rep", Actor.AUTHOR, null, T0, 1))
                .isInstanceOfSatisfying(ProposalException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProposalException.Reason.FORBIDDEN));
        Proposal review = in(ProposalStatus.REVIEW, Documents.meta());
        assertThatThrownBy(() -> review.startLastCall("rep", Actor.AUTHOR, T0, T0.plusSeconds(3600)))
                .isInstanceOf(ProposalException.class);
        assertThatThrownBy(() -> review.moveTo(ProposalStatus.LIVING, "rep", Actor.AUTHOR, null, T0, null))
                .isInstanceOf(ProposalException.class);
        assertThat(review.getStatus()).isEqualTo(ProposalStatus.REVIEW);
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"DRAFT", "REVIEW", "LAST_CALL", "STAGNANT"})
    void anAuthorMayWithdrawAndTheNumberStays(ProposalStatus from) {
        Proposal p = in(from, Documents.meta());
        Integer number = p.getNumber();

        p.moveTo(ProposalStatus.WITHDRAWN, "rep", Actor.AUTHOR, "superseded", T0.plus(Duration.ofDays(1)), null);

        assertThat(p.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(p.getNumber()).isEqualTo(number);
        assertThat(ProposalStatus.WITHDRAWN.successors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"DRAFT", "REVIEW", "LAST_CALL"})
    void onlyTheSystemMakesAProposalStagnant(ProposalStatus from) {
        Proposal p = in(from, Documents.meta());
        assertThatThrownBy(() -> p.moveTo(ProposalStatus.STAGNANT, "editor", Actor.EDITOR, null, T0, null))
                .isInstanceOfSatisfying(ProposalException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProposalException.Reason.FORBIDDEN));
        p.moveTo(ProposalStatus.STAGNANT, "system", Actor.SYSTEM, null, T0, null);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.STAGNANT);
    }

    @Test
    void aVotedProposalBecomesFinalOnlyByItsVote() {
        Proposal p = in(ProposalStatus.LAST_CALL, Documents.standard());

        assertThatThrownBy(() -> p.moveTo(ProposalStatus.FINAL, "editor", Actor.EDITOR, null, T0.plus(Duration.ofDays(30)), null))
                .isInstanceOfSatisfying(ProposalException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProposalException.Reason.FORBIDDEN));
        p.moveTo(ProposalStatus.FINAL, "system", Actor.SYSTEM, "vote passed", T0.plus(Duration.ofDays(30)), null);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.FINAL);
    }

    @Test
    void anUnvotedProposalBecomesFinalByAnEditorAfterTheLastCallDeadlineOnly() {
        Proposal p = in(ProposalStatus.LAST_CALL, Documents.informational());
        Instant deadline = p.getLastCallEndsAt();

        assertThatThrownBy(() -> p.moveTo(ProposalStatus.FINAL, "editor", Actor.EDITOR, null, deadline.minusSeconds(1), null))
                .isInstanceOf(ProposalException.class);
        p.moveTo(ProposalStatus.FINAL, "editor", Actor.EDITOR, null, deadline, null);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.FINAL);
    }

    @Test
    void aStandardsTrackProposalIsNeverLiving() {
        Proposal p = in(ProposalStatus.REVIEW, Documents.standard());
        assertThatThrownBy(() -> p.moveTo(ProposalStatus.LIVING, "editor", Actor.EDITOR, null, T0, null))
                .isInstanceOf(ProposalException.class);
    }

    @Test
    void aLastCallNeedsAFutureDeadline() {
        Proposal p = in(ProposalStatus.REVIEW, Documents.meta());
        assertThatThrownBy(() -> p.startLastCall("editor", Actor.EDITOR, T0, T0))
                .isInstanceOfSatisfying(ProposalException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProposalException.Reason.INVALID));
    }

    @Test
    void aNormativeEditDuringLastCallSendsItBackToReview() {
        Proposal p = in(ProposalStatus.LAST_CALL, Documents.standard());

        Proposal.Edit edit = p.edit(Documents.withBody(Documents.standard(), Documents.COMPLETE_BODY + "More MUST.\n"),
                "rep", Actor.AUTHOR, 1, true, T0.plus(Duration.ofDays(1)));

        assertThat(p.getStatus()).isEqualTo(ProposalStatus.REVIEW);
        assertThat(p.getLastCallEndsAt()).isNull();
        assertThat(edit.statusChange().getFrom()).isEqualTo(ProposalStatus.LAST_CALL);
        assertThat(edit.statusChange().getReason()).contains("normative");
        assertThat(edit.revision().getNumber()).isEqualTo(2);
        assertThat(edit.revision().isNormative()).isTrue();
    }

    @Test
    void anEditorialEditDuringLastCallKeepsTheLastCall() {
        Proposal p = in(ProposalStatus.LAST_CALL, Documents.standard());

        Proposal.Edit edit = p.edit(Documents.withTitle(Documents.standard(), "Adopt did:gh now"), "rep", Actor.AUTHOR,
                1, false, T0.plus(Duration.ofDays(1)));

        assertThat(p.getStatus()).isEqualTo(ProposalStatus.LAST_CALL);
        assertThat(edit.statusChange()).isNull();
        assertThat(p.getTitle()).isEqualTo("Adopt did:gh now");
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"FINAL", "STAGNANT", "WITHDRAWN"})
    void finalStagnantAndWithdrawnProposalsAreNotEdited(ProposalStatus status) {
        Proposal p = in(status, Documents.meta());
        assertThatThrownBy(() -> p.edit(Documents.meta(), "rep", Actor.AUTHOR, p.getRevision(), false, T0))
                .isInstanceOfSatisfying(ProposalException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProposalException.Reason.CONFLICT));
    }

    @Test
    void anEditOnAnOldRevisionIsRefused() {
        Proposal p = draft(Documents.standard());
        p.edit(Documents.withTitle(Documents.standard(), "First"), "rep", Actor.AUTHOR, 1, false, T0);

        assertThatThrownBy(() -> p.edit(Documents.withTitle(Documents.standard(), "Second"), "rep", Actor.AUTHOR, 1,
                false, T0)).isInstanceOfSatisfying(ProposalException.class,
                e -> assertThat(e.problem()).isEqualTo("edit-conflict"));
        assertThat(p.getTitle()).isEqualTo("First");
        assertThat(p.getRevision()).isEqualTo(2);
    }

    @Test
    void theTypeIsFixedOnceInReview() {
        Proposal p = in(ProposalStatus.REVIEW, Documents.standard());
        assertThatThrownBy(() -> p.edit(Documents.meta(), "editor", Actor.EDITOR, 1, true, T0))
                .isInstanceOf(ProposalException.class);
    }

    @Test
    void submittingADraftPutsItInTheQueueWithItsDeadlineOnce() {
        Proposal p = draft(Documents.standard());
        p.submitForReview(T0.plusSeconds(10), T0.plus(Duration.ofDays(14)));
        p.submitForReview(T0.plusSeconds(20), T0.plus(Duration.ofDays(15)));

        assertThat(p.getSubmittedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(p.getFirstReviewDue()).isEqualTo(T0.plus(Duration.ofDays(14)));
        Proposal review = in(ProposalStatus.REVIEW, Documents.standard());
        assertThatThrownBy(() -> review.submitForReview(T0, T0)).isInstanceOf(ProposalException.class);
    }

    @Test
    void informationalProposalsAreNotVotedOnAndOthersDefaultToTheirTrack() {
        assertThat(draft(Documents.informational()).isVotedOn()).isFalse();
        assertThat(draft(Documents.standard()).getDecisionKind()).isEqualTo(DecisionKind.STANDARD_ADOPTION);
        assertThat(draft(Documents.meta()).getDecisionKind()).isEqualTo(DecisionKind.META_PROCESS);
        assertThat(draft(Documents.meta()).getType()).isEqualTo(ProposalType.META);
    }

    @Test
    void everyStatusHasAStableSlug() {
        for (ProposalStatus status : ProposalStatus.values()) {
            assertThat(ProposalStatus.fromSlug(status.slug())).isEqualTo(status);
        }
        assertThat(ProposalStatus.LAST_CALL.slug()).isEqualTo("last-call");
        assertThat(EnumSet.allOf(ProposalStatus.class).stream().filter(ProposalStatus::isEditable))
                .containsExactlyInAnyOrder(ProposalStatus.DRAFT, ProposalStatus.REVIEW, ProposalStatus.LAST_CALL,
                        ProposalStatus.LIVING);
        assertThatThrownBy(() -> ProposalStatus.fromSlug("voting")).isInstanceOf(IllegalArgumentException.class);
    }
}
