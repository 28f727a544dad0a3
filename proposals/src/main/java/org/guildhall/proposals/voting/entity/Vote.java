package org.guildhall.proposals.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.TallyOutcome;
import org.guildhall.proposals.tally.entity.TallyRule;
import org.guildhall.proposals.tally.entity.TrackSnapshot;
import org.guildhall.proposals.track.entity.DecisionKind;

/**
 * One round of voting on a proposal, with the track's parameters frozen when it opened (its
 * electorate is frozen in {@link VoteElector} rows). Later changes to the track or to membership never
 * reach it. Closed with its published result, or cancelled when the proposal leaves Last Call.
 */
@Entity
@Table(name = "vote", schema = "proposals")
@NamedQuery(name = "Vote.findOpenOfProposal",
        query = "select v from Vote v where v.proposalId = :proposal"
                + " and v.status = org.guildhall.proposals.voting.entity.VoteStatus.OPEN")
@NamedQuery(name = "Vote.findByProposal",
        query = "select v from Vote v where v.proposalId = :proposal order by v.round desc")
@NamedQuery(name = "Vote.findDue",
        query = "select v.id from Vote v where v.status = org.guildhall.proposals.voting.entity.VoteStatus.OPEN"
                + " and v.votingEnd <= :now order by v.votingEnd")
@NamedQuery(name = "Vote.countRounds", query = "select count(v) from Vote v where v.proposalId = :proposal")
public class Vote {

    @Id
    private UUID id;
    @Column(name = "proposal_id")
    private UUID proposalId;
    private int round;
    @Column(name = "content_sha256")
    private String contentSha256;
    @Column(name = "track_id")
    private String trackId;
    @Column(name = "track_name")
    private String trackName;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind")
    private DecisionKind decisionKind;
    private String chambers;
    private BigDecimal quorum;
    private BigDecimal threshold;
    @Column(name = "veto_threshold")
    private BigDecimal vetoThreshold;
    private boolean expedited;
    @Column(name = "regular_threshold")
    private BigDecimal regularThreshold;
    @Column(name = "regular_period_seconds")
    private long regularPeriodSeconds;
    @Column(name = "voting_start")
    private Instant votingStart;
    @Column(name = "voting_end")
    private Instant votingEnd;
    @Column(name = "opened_by")
    private String openedBy;
    @Enumerated(EnumType.STRING)
    private VoteStatus status;
    @Enumerated(EnumType.STRING)
    private TallyOutcome outcome;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "result_sha256")
    private String resultSha256;
    @Column(name = "result_document")
    private String resultDocument;

    protected Vote() {
    }

    /**
     * Opens a round.
     *
     * @param track         the frozen parameters of this round (expedited or regular) and its period
     * @param regularRule   the track's regular rule, kept for the regular round an expedited one may turn into
     * @param regularPeriod the track's regular period, kept for the same reason
     */
    public Vote(UUID proposalId, int round, String contentSha256, DecisionKind kind, Set<Chamber> chambers,
                TrackSnapshot track, TallyRule regularRule, Duration regularPeriod, String openedBy) {
        this.id = UUID.randomUUID();
        this.proposalId = Objects.requireNonNull(proposalId);
        this.round = round;
        this.contentSha256 = Objects.requireNonNull(contentSha256);
        this.decisionKind = Objects.requireNonNull(kind);
        this.chambers = chambers.stream().sorted().map(Chamber::jsonName).collect(Collectors.joining(","));
        this.trackId = track.id();
        this.trackName = track.name();
        this.quorum = track.rule().quorum();
        this.threshold = track.rule().threshold();
        this.vetoThreshold = track.rule().vetoThreshold();
        this.expedited = track.expedited();
        this.regularThreshold = regularRule.threshold();
        this.regularPeriodSeconds = regularPeriod.toSeconds();
        this.votingStart = track.votingStart();
        this.votingEnd = track.votingEnd();
        this.openedBy = Objects.requireNonNull(openedBy);
        this.status = VoteStatus.OPEN;
    }

    /** The regular round an expedited round turns into: same electorate, regular rule, fresh period. */
    public Vote regularRoundAfter(TrackSnapshot regular) {
        Vote next = new Vote(proposalId, round + 1, contentSha256, decisionKind, chambers(), regular, regularRule(),
                Duration.ofSeconds(regularPeriodSeconds), "system");
        return next;
    }

    public TrackSnapshot track() {
        return new TrackSnapshot(trackId, trackName, rule(), votingStart, votingEnd, expedited);
    }

    public TallyRule rule() {
        return new TallyRule(quorum, threshold, vetoThreshold);
    }

    /** The track's regular rule: the same quorum and veto threshold, the regular pass threshold. */
    public TallyRule regularRule() {
        return new TallyRule(quorum, regularThreshold, vetoThreshold);
    }

    public Duration regularPeriod() {
        return Duration.ofSeconds(regularPeriodSeconds);
    }

    public Set<Chamber> chambers() {
        Set<Chamber> set = EnumSet.noneOf(Chamber.class);
        Arrays.stream(chambers.split(",")).map(Chamber::fromJson).forEach(set::add);
        return set;
    }

    /** Refuses a ballot at this time, with the reason, unless the round is open and inside its period. */
    public void requireOpenAt(Instant at) {
        if (status == VoteStatus.OPEN && !at.isBefore(votingStart) && at.isBefore(votingEnd)) {
            return;
        }
        String why = status == VoteStatus.CANCELLED ? "This vote was cancelled."
                : status == VoteStatus.OPEN && at.isBefore(votingStart) ? "Voting has not started yet."
                : "Voting on this proposal has closed.";
        throw new ProposalException(ProposalException.Reason.CONFLICT,
                at.isBefore(votingStart) ? "voting-not-open" : "voting-closed", why);
    }

    public boolean isDueAt(Instant at) {
        return status == VoteStatus.OPEN && !at.isBefore(votingEnd);
    }

    /** Records the published result; only once, and only after the period ended. */
    public void close(TallyOutcome outcome, String resultDocument, String resultSha256, Instant at) {
        if (!isDueAt(at)) {
            throw new ProposalException(ProposalException.Reason.CONFLICT,
                    "This vote cannot be closed now (" + status + ", ends " + votingEnd + ").");
        }
        this.status = VoteStatus.CLOSED;
        this.outcome = Objects.requireNonNull(outcome);
        this.resultDocument = Objects.requireNonNull(resultDocument);
        this.resultSha256 = Objects.requireNonNull(resultSha256);
        this.closedAt = at;
    }

    /** Ends an open round without a result (the proposal was withdrawn or sent back to Review). */
    public void cancel(Instant at) {
        if (status == VoteStatus.OPEN) {
            status = VoteStatus.CANCELLED;
            closedAt = at;
        }
    }

    public UUID getId() { return id; }
    public UUID getProposalId() { return proposalId; }
    public int getRound() { return round; }
    public String getContentSha256() { return contentSha256; }
    public String getTrackId() { return trackId; }
    public String getTrackName() { return trackName; }
    public DecisionKind getDecisionKind() { return decisionKind; }
    public boolean isExpedited() { return expedited; }
    public Instant getVotingStart() { return votingStart; }
    public Instant getVotingEnd() { return votingEnd; }
    public String getOpenedBy() { return openedBy; }
    public VoteStatus getStatus() { return status; }
    public TallyOutcome getOutcome() { return outcome; }
    public Instant getClosedAt() { return closedAt; }
    public String getResultSha256() { return resultSha256; }
    public String getResultDocument() { return resultDocument; }
}
