package org.guildhall.proposals.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a proposal's timeline: a move from one status to another, by whom, when and why. */
@Entity
@Table(name = "status_change", schema = "proposals")
@NamedQuery(name = "StatusChange.findByProposal",
        query = "select c from StatusChange c where c.proposalId = :proposal order by c.id")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "proposal_id")
    private UUID proposalId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ProposalStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ProposalStatus to;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    private String reason;

    protected StatusChange() {
    }

    StatusChange(UUID proposalId, ProposalStatus from, ProposalStatus to, String changedBy, Instant changedAt,
                 String reason) {
        this.proposalId = proposalId;
        this.from = from;
        this.to = to;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = reason == null || reason.isBlank() ? null
                : reason.strip().substring(0, Math.min(1000, reason.strip().length()));
    }

    /** The first entry: the proposal was drafted. */
    public static StatusChange drafted(Proposal proposal) {
        return new StatusChange(proposal.getId(), null, ProposalStatus.DRAFT, proposal.getAuthor(),
                proposal.getCreatedAt(), "drafted");
    }

    public UUID getProposalId() { return proposalId; }
    public ProposalStatus getFrom() { return from; }
    public ProposalStatus getTo() { return to; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public String getReason() { return reason; }
}
