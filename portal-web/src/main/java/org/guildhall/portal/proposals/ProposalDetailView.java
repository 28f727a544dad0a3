package org.guildhall.portal.proposals;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.portal.ledger.DecisionLedger;
import org.guildhall.portal.shell.CurrentUser;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.decision.boundary.Decisions;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.proposals.voting.boundary.ProposalVoting;
import org.guildhall.proposals.voting.entity.Ballot;
import org.guildhall.proposals.voting.entity.Tally;
import org.guildhall.proposals.voting.entity.VoteChoice;

/** One proposal: its text, the vote and its count, the decision and its on-chain record. */
@Named
@ViewScoped
public class ProposalDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Proposals proposals;
    @Inject
    transient ProposalVoting voting;
    @Inject
    transient Decisions decisions;
    @Inject
    transient DecisionLedger ledger;
    @Inject
    transient CurrentUser user;
    @Inject
    transient org.guildhall.proposals.document.boundary.ProposalRendering rendering;

    private String id;
    private Proposal proposal;
    private Tally tally;
    private List<Ballot> ballots;
    private DecisionLedger.Entry decision;
    private String bodyHtml;
    private int votingMinutes = 60 * 24 * 7;

    /** Loads the proposal named in the URL, or answers 404. */
    public void load() throws IOException {
        Optional<Proposal> found = parse(id).flatMap(proposals::byId);
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such proposal");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        proposal = found.get();
        tally = voting.tally(proposal.getId());
        ballots = voting.ballotHistory(proposal.getId());
        bodyHtml = rendering.html(proposal.getBody());
        decision = decisions.ofProposal(proposal.getId()).flatMap(d -> ledger.entry(d.getId())).orElse(null);
    }

    public void vote(VoteChoice choice) throws IOException {
        voting.cast(proposal.getId(), choice);
        Messages.info("vote.cast", Messages.text("vote." + choice.name().toLowerCase()));
        load();
    }

    public void openVoting() throws IOException {
        proposals.openVoting(proposal.getId(), Duration.ofMinutes(votingMinutes));
        Messages.info("voting.opened");
        load();
    }

    public boolean isVotingOpen() {
        return proposal != null && proposal.getStatus() == ProposalStatus.VOTING
                && proposal.acceptsBallotsAt(java.time.Instant.now());
    }

    public boolean isCanVote() {
        return isVotingOpen() && user.isRepresentative();
    }

    public boolean isCanOpenVoting() {
        return proposal != null && proposal.getStatus() == ProposalStatus.DRAFT && user.isAdmin();
    }

    /** The current ballot of the user's organisation, if it has voted. */
    public String getOwnChoice() {
        return user.organisation().flatMap(o -> ballots.stream()
                        .filter(b -> b.isCurrent() && b.getVoterOrganisation().equals(o.getId())).findFirst())
                .map(b -> b.getChoice().name().toLowerCase()).orElse(null);
    }

    public VoteChoice[] getChoices() {
        return VoteChoice.values();
    }

    private static Optional<UUID> parse(String value) {
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Proposal getProposal() { return proposal; }
    public Tally getTally() { return tally; }
    public List<Ballot> getBallots() { return ballots; }
    public DecisionLedger.Entry getDecision() { return decision; }
    /** The body as sanitised HTML: no script, no event handlers, no javascript: links. */
    public String getBodyHtml() { return bodyHtml; }
    public int getVotingMinutes() { return votingMinutes; }
    public void setVotingMinutes(int votingMinutes) { this.votingMinutes = votingMinutes; }
}
