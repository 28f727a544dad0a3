package org.guildhall.proposals.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.guildhall.proposals.tally.entity.OptionTotals;
import org.guildhall.proposals.tally.entity.TallyResult;

/**
 * The recorded outcome of a closed vote: the totals, the SHA-256 of the proposal text voted on and
 * of the published result document (the hash that goes on chain).
 */
@Entity
@Table(name = "decision", schema = "proposals")
@NamedQuery(name = "Decision.findAll", query = "select d from Decision d order by d.decidedAt desc")
@NamedQuery(name = "Decision.findByProposal",
        query = "select d from Decision d where d.proposalId = :proposal order by d.decidedAt desc")
public class Decision {

    @Id
    private UUID id;
    @Column(name = "proposal_id")
    private UUID proposalId;
    @Column(name = "vote_id")
    private UUID voteId;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "yes_votes")
    private long yes;
    @Column(name = "no_votes")
    private long no;
    @Column(name = "veto_votes")
    private long noWithVeto;
    @Column(name = "abstain_votes")
    private long abstain;
    private long electorate;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "result_sha256")
    private String resultSha256;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Decision() {
    }

    public Decision(UUID proposalId, UUID voteId, TallyResult tally, String contentHash, String resultSha256,
                    Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.proposalId = Objects.requireNonNull(proposalId);
        this.voteId = Objects.requireNonNull(voteId);
        this.outcome = Outcome.of(tally.outcome());
        OptionTotals totals = tally.totals();
        this.yes = totals.yes();
        this.no = totals.no();
        this.noWithVeto = totals.noWithVeto();
        this.abstain = totals.abstain();
        this.electorate = tally.electorateWeight();
        this.contentHash = Objects.requireNonNull(contentHash);
        this.resultSha256 = Objects.requireNonNull(resultSha256);
        this.decidedAt = Objects.requireNonNull(decidedAt);
    }

    /**
     * The hash recorded on chain: the result document's, or for decisions of the foundation slice,
     * which published no result document, the proposal content's.
     */
    public String chainHash() {
        return resultSha256 != null ? resultSha256 : contentHash;
    }

    public UUID getId() { return id; }
    public UUID getProposalId() { return proposalId; }
    public UUID getVoteId() { return voteId; }
    public Outcome getOutcome() { return outcome; }
    public long getYes() { return yes; }
    public long getNo() { return no; }
    public long getNoWithVeto() { return noWithVeto; }
    public long getAbstain() { return abstain; }
    public long getElectorate() { return electorate; }
    public String getContentHash() { return contentHash; }
    public String getResultSha256() { return resultSha256; }
    public Instant getDecidedAt() { return decidedAt; }
}
