package org.guildhall.proposals.voting.entity;

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

/** A ballot cast by a representative for an organisation. Kept after it is superseded. */
@Entity
@Table(name = "ballot", schema = "proposals")
@NamedQuery(name = "Ballot.findCurrent",
        query = "select b from Ballot b where b.proposalId = :proposal and b.supersededAt is null order by b.castAt")
@NamedQuery(name = "Ballot.findCurrentOfVoter",
        query = "select b from Ballot b where b.proposalId = :proposal and b.voterOrganisation = :voter"
                + " and b.supersededAt is null")
@NamedQuery(name = "Ballot.findHistory",
        query = "select b from Ballot b where b.proposalId = :proposal order by b.castAt")
public class Ballot {

    @Id
    private UUID id;
    @Column(name = "proposal_id")
    private UUID proposalId;
    @Column(name = "voter_organisation")
    private UUID voterOrganisation;
    @Column(name = "cast_by")
    private String castBy;
    @Enumerated(EnumType.STRING)
    private VoteChoice choice;
    @Column(name = "cast_at")
    private Instant castAt;
    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected Ballot() {
    }

    public Ballot(UUID proposalId, UUID voterOrganisation, String castBy, VoteChoice choice, Instant castAt) {
        this.id = UUID.randomUUID();
        this.proposalId = Objects.requireNonNull(proposalId);
        this.voterOrganisation = Objects.requireNonNull(voterOrganisation);
        this.castBy = Objects.requireNonNull(castBy);
        this.choice = Objects.requireNonNull(choice);
        this.castAt = Objects.requireNonNull(castAt);
    }

    public void supersede(Instant at) {
        if (supersededAt == null) {
            supersededAt = at;
        }
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    public UUID getId() { return id; }
    public UUID getProposalId() { return proposalId; }
    public UUID getVoterOrganisation() { return voterOrganisation; }
    public String getCastBy() { return castBy; }
    public VoteChoice getChoice() { return choice; }
    public Instant getCastAt() { return castAt; }
    public Instant getSupersededAt() { return supersededAt; }
}
