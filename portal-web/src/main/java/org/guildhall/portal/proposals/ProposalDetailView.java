package org.guildhall.portal.proposals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.guildhall.portal.shell.CurrentUser;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.document.boundary.ProposalRendering;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.InvalidProposalException;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.proposals.proposal.entity.StatusChange;

/**
 * One proposal: its preamble and rendered text, its timeline, and the status changes the user may
 * ask for. Revisions, the discussion and the vote have views of their own on the same page
 * ({@link ProposalRevisionsView}, {@link ProposalCommentsView}, {@link VotePanelView}).
 * Which moves are offered follows the entity's rules; the boundary checks them again.
 */
@Named
@ViewScoped
public class ProposalDetailView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String EDITOR = "reviewer";

    @Inject
    transient Proposals proposals;
    @Inject
    transient ProposalRendering rendering;
    @Inject
    transient TrackNames tracks;
    @Inject
    transient CurrentUser user;
    @Inject
    transient Clock clock;

    private String id;
    private String number;
    private Proposal proposal;
    private String bodyHtml;
    private List<StatusChange> timeline;
    private String reason;
    private boolean expedited;

    /** Loads the proposal named in the URL (by id or number), or answers 404. */
    public void load() throws IOException {
        Optional<Proposal> found = ProposalPages.find(proposals, id, number);
        if (found.isEmpty()) {
            ProposalPages.sendError(404);
            return;
        }
        proposal = found.get();
        bodyHtml = rendering.html(proposal.getBody());
        timeline = proposals.timeline(proposal.getId());
    }

    /** The author asks for review: the draft joins the editor queue. */
    public String submitForReview() {
        proposals.submitForReview(proposal.getId());
        Messages.info("proposal.submitted");
        return ProposalPages.detail(proposal);
    }

    /** Moves the proposal; a withdrawal needs a reason, entering Review needs the required sections. */
    public String move(ProposalStatus target) {
        if (target == ProposalStatus.WITHDRAWN && (reason == null || reason.isBlank())) {
            Messages.error("proposal.reasonRequired");
            return null;
        }
        try {
            proposals.transition(proposal.getId(), target, reason, expedited && target == ProposalStatus.LAST_CALL);
        } catch (InvalidProposalException refused) {
            ProblemMessages.show(refused);
            return null;
        }
        Messages.info("proposal.moved", Messages.text("proposal.status." + target.name()));
        return ProposalPages.detail(proposal);
    }

    /** The moves this user may ask for now: the status's successors, as far as their role allows. */
    public List<ProposalStatus> getMoves() {
        if (proposal == null || !user.isSignedIn()) {
            return List.of();
        }
        return proposal.getStatus().successors().stream().filter(this::mayAskFor).sorted().toList();
    }

    private boolean mayAskFor(ProposalStatus target) {
        boolean editor = isEditor();
        return switch (target) {
            case WITHDRAWN, DRAFT -> editor || isAuthor();
            case REVIEW, LAST_CALL -> editor;
            case LIVING -> editor && proposal.getType() != ProposalType.STANDARDS_TRACK;
            case FINAL -> editor && !proposal.isVotedOn();
            case STAGNANT -> false;
        };
    }

    /** Whether a move to this status is better asked with a reason (withdrawing, sending back, reviving). */
    private boolean needsReason(ProposalStatus target) {
        return target == ProposalStatus.WITHDRAWN || target == ProposalStatus.REVIEW
                && proposal.getStatus() == ProposalStatus.LAST_CALL || target == ProposalStatus.DRAFT;
    }

    public boolean isReasonOffered() {
        return getMoves().stream().anyMatch(this::needsReason);
    }

    /** Whether entering Last Call may open an expedited vote: the track serving the proposal has that variant. */
    public boolean isExpeditedOffered() {
        return getMoves().contains(ProposalStatus.LAST_CALL) && proposal.isVotedOn()
                && tracks.serving(proposal.getDecisionKind()).map(t -> t.settings().hasExpeditedVariant()).orElse(false);
    }

    /** Entering Last Call is offered and opens a vote (the proposal is voted on). */
    public boolean isLastCallVoteOffered() {
        return proposal != null && proposal.isVotedOn() && getMoves().contains(ProposalStatus.LAST_CALL);
    }

    public boolean isCanSubmit() {
        return proposal != null && proposal.getStatus() == ProposalStatus.DRAFT && proposal.getSubmittedAt() == null
                && (isAuthor() || isEditor());
    }

    public boolean isCanEdit() {
        return proposal != null && proposal.getStatus().isEditable() && (isAuthor() || isEditor());
    }

    public boolean isAuthor() {
        return proposal != null && user.isSignedIn() && proposal.isAuthor(user.getName());
    }

    public boolean isEditor() {
        return user.hasRole(EDITOR);
    }

    /** Waiting for its first review: submitted, not yet reviewed, still a draft. */
    public boolean isAwaitingReview() {
        return proposal != null && proposal.getStatus() == ProposalStatus.DRAFT && proposal.getSubmittedAt() != null
                && proposal.getFirstReviewedAt() == null;
    }

    public boolean isReviewOverdue() {
        return isAwaitingReview() && proposal.getFirstReviewDue() != null
                && Instant.now(clock).isAfter(proposal.getFirstReviewDue());
    }

    public String getTrackName() {
        return proposal == null ? "" : tracks.of(proposal.getDecisionKind());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public Proposal getProposal() { return proposal; }
    /** The body as sanitised HTML: no script, no event handlers, no javascript: links. */
    public String getBodyHtml() { return bodyHtml; }
    public List<StatusChange> getTimeline() { return timeline; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isExpedited() { return expedited; }
    public void setExpedited(boolean expedited) { this.expedited = expedited; }
}
