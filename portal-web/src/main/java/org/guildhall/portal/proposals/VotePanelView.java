package org.guildhall.portal.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guildhall.portal.ledger.DecisionLedger;
import org.guildhall.portal.shell.CurrentUser;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.decision.boundary.Decisions;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.voting.boundary.ProposalVoting;
import org.guildhall.proposals.voting.entity.Ballot;
import org.guildhall.proposals.voting.entity.BallotReceipt;
import org.guildhall.proposals.voting.entity.BallotRequest;
import org.guildhall.proposals.voting.entity.LiveTally;
import org.guildhall.proposals.voting.entity.Vote;
import org.guildhall.proposals.voting.entity.VoteElector;
import org.guildhall.proposals.voting.entity.VoteStatus;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * The vote on a proposal: the latest round with its live (or final) tally per chamber and the bars
 * that set it against the rule, the user's ballot, the ballots cast, and once closed the outcome,
 * the published result and its record on chain.
 */
@Named
@ViewScoped
public class VotePanelView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProposalDetailView detail;
    @Inject
    transient ProposalVoting voting;
    @Inject
    transient Decisions decisions;
    @Inject
    transient DecisionLedger ledger;
    @Inject
    transient Memberships memberships;
    @Inject
    transient TrackNames tracks;
    @Inject
    transient CurrentUser user;
    @Inject
    transient Clock clock;

    private UUID proposalId;
    private LiveTally tally;
    private List<TallyChart> charts = List.of();
    private List<Ballot> ballots = List.of();
    private List<VoteElector> electors = List.of();
    private Map<String, String> voterNames = Map.of();
    private DecisionLedger.Entry decision;
    private BallotReceipt receipt;
    private Chamber chamber;

    @PostConstruct
    void init() {
        Proposal proposal = detail.getProposal();
        if (proposal != null) {
            proposalId = proposal.getId();
            load();
        }
    }

    private void load() {
        tally = voting.tally(proposalId).orElse(null);
        if (tally == null) {
            return;
        }
        Vote vote = tally.vote();
        charts = tally.result().chambers().stream().map(c -> new TallyChart(c, vote.rule())).toList();
        ballots = voting.ballots(proposalId);
        electors = user.isSignedIn() ? voting.electorsFor(vote.getId(), user.getName()) : List.of();
        if (chamber == null && electors.size() == 1) {
            chamber = electors.get(0).getChamber();
        }
        voterNames = memberships.members().stream()
                .collect(Collectors.toMap(o -> o.getId().toString(), Organisation::getName, (a, b) -> a, HashMap::new));
        decision = tally.closed()
                ? decisions.ofProposal(proposalId).flatMap(d -> ledger.entry(d.getId())).orElse(null) : null;
    }

    /** Casts the user's ballot (in the chosen chamber when they vote in both); a later one replaces it. */
    public void cast(BallotOption option) {
        if (electors.size() > 1 && chamber == null) {
            Messages.error("vote.chooseChamber");
            return;
        }
        receipt = voting.cast(proposalId, new BallotRequest(option, electors.size() > 1 ? chamber : null, null));
        Messages.info("vote.counted", Messages.text("vote.option." + option.jsonName()));
        load();
    }

    public boolean isHasVote() {
        return tally != null;
    }

    public Vote getVote() {
        return tally == null ? null : tally.vote();
    }

    /** Open and inside its period now. */
    public boolean isOpen() {
        if (tally == null || tally.vote().getStatus() != VoteStatus.OPEN) {
            return false;
        }
        Instant now = Instant.now(clock);
        return !now.isBefore(tally.vote().getVotingStart()) && now.isBefore(tally.vote().getVotingEnd());
    }

    public boolean isCanVote() {
        return isOpen() && !electors.isEmpty() && (user.hasRole("member-rep") || user.hasRole("community"));
    }

    /** The user votes in both chambers and picks one per ballot. */
    public boolean isChamberChoice() {
        return electors.size() > 1;
    }

    /** Why the user sees no vote buttons while the round is open, as a bundle key; null when they do. */
    public String getCannotVoteKey() {
        if (!isOpen() || isCanVote()) {
            return null;
        }
        return user.isSignedIn() ? "vote.notElector" : "vote.signInToVote";
    }

    /** The user's ballots that count now (one per chamber they vote in). */
    public List<Ballot> getOwnBallots() {
        Set<String> voters = electors.stream().map(VoteElector::getVoter).collect(Collectors.toSet());
        return ballots.stream().filter(b -> b.isCurrent() && voters.contains(b.getVoter())).toList();
    }

    public String getTrackName() {
        return tally == null ? "" : tracks.byId(tally.vote().getTrackId(), tally.vote().getTrackName());
    }

    /** The outcome as it stands (open) or as it ended (closed): passed, rejected, vetoed, failedQuorum. */
    public String getOutcome() {
        return tally == null ? null : tally.result().outcome().jsonName();
    }

    /** An organisation's name for its voter id; a community voter is named by their user name. */
    public String voterName(String voter) {
        return voterNames.getOrDefault(voter, voter);
    }

    public Chamber[] getChambers() {
        return electors.stream().map(VoteElector::getChamber).sorted().toArray(Chamber[]::new);
    }

    public LiveTally getTally() { return tally; }
    public List<TallyChart> getCharts() { return charts; }
    public List<Ballot> getBallots() { return ballots; }
    public DecisionLedger.Entry getDecision() { return decision; }
    public BallotReceipt getReceipt() { return receipt; }
    public Chamber getChamber() { return chamber; }
    public void setChamber(Chamber chamber) { this.chamber = chamber; }
    public BallotOption[] getOptions() { return BallotOption.values(); }
}
