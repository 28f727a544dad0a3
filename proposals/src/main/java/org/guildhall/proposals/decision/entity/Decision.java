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
import org.guildhall.proposals.voting.entity.Tally;

/** The recorded outcome of a closed vote. */
@Entity
@Table(name = "decision", schema = "proposals")
@NamedQuery(name = "Decision.findAll", query = "select d from Decision d order by d.decidedAt desc")
@NamedQuery(name = "Decision.findByProposal", query = "select d from Decision d where d.proposalId = :proposal")
public class Decision {

    @Id
    private UUID id;
    @Column(name = "proposal_id")
    private UUID proposalId;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "yes_votes")
    private int yes;
    @Column(name = "no_votes")
    private int no;
    @Column(name = "abstain_votes")
    private int abstain;
    private int electorate;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Decision() {
    }

    public Decision(UUID proposalId, Tally tally, String contentHash, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.proposalId = Objects.requireNonNull(proposalId);
        this.outcome = tally.outcome();
        this.yes = tally.yes();
        this.no = tally.no();
        this.abstain = tally.abstain();
        this.electorate = tally.electorate();
        this.contentHash = Objects.requireNonNull(contentHash);
        this.decidedAt = Objects.requireNonNull(decidedAt);
    }

    public Tally tally() {
        return new Tally(yes, no, abstain, electorate);
    }

    public UUID getId() { return id; }
    public UUID getProposalId() { return proposalId; }
    public Outcome getOutcome() { return outcome; }
    public String getContentHash() { return contentHash; }
    public Instant getDecidedAt() { return decidedAt; }
}
