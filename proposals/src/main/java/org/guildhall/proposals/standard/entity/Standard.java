package org.guildhall.proposals.standard.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One version of a standard in the catalogue. */
@Entity
@Table(name = "standard", schema = "proposals")
@NamedQuery(name = "Standard.findAll", query = "select s from Standard s order by s.code, s.adoptedAt desc")
@NamedQuery(name = "Standard.findActiveByCode",
        query = "select s from Standard s where s.code = :code and s.status = org.guildhall.proposals.standard.entity.StandardStatus.ACTIVE")
@NamedQuery(name = "Standard.findByCode", query = "select s from Standard s where s.code = :code order by s.adoptedAt desc")
public class Standard {

    @Id
    private UUID id;
    private String code;
    private String version;
    private String title;
    @Enumerated(EnumType.STRING)
    private StandardStatus status;
    @Column(name = "proposal_id")
    private UUID proposalId;
    @Column(name = "adopted_at")
    private Instant adoptedAt;
    @Column(name = "superseded_at")
    private Instant supersededAt;
    @Column(name = "superseded_by")
    private UUID supersededBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "standard_requirement", schema = "proposals", joinColumns = @JoinColumn(name = "standard_id"))
    @OrderColumn(name = "position")
    @Column(name = "requirement")
    private List<String> requirements = new ArrayList<>();

    protected Standard() {
    }

    public Standard(StandardAdoption adoption, UUID proposalId, Instant at) {
        this.id = UUID.randomUUID();
        this.code = adoption.code().strip();
        this.version = adoption.version().strip();
        this.title = adoption.title().strip();
        this.requirements = new ArrayList<>(adoption.requirements().stream().map(String::strip).toList());
        this.status = StandardStatus.ACTIVE;
        this.proposalId = proposalId;
        this.adoptedAt = Objects.requireNonNull(at);
    }

    /** A newer version is being adopted: this one is no longer in force. */
    public void supersede(Instant at) {
        if (status != StandardStatus.ACTIVE) {
            throw new IllegalStateException(code + " " + version + " is already superseded");
        }
        this.status = StandardStatus.SUPERSEDED;
        this.supersededAt = Objects.requireNonNull(at);
    }

    /** Records the version that superseded this one. */
    public void succeededBy(Standard newer) {
        if (status != StandardStatus.SUPERSEDED || !newer.code.equals(code) || newer.id.equals(id)) {
            throw new IllegalStateException("Only a superseded version of " + code + " has a successor of the same code");
        }
        this.supersededBy = newer.id;
    }

    public UUID getId() { return id; }
    public String getCode() { return code; }
    public String getVersion() { return version; }
    public String getTitle() { return title; }
    public StandardStatus getStatus() { return status; }
    public UUID getProposalId() { return proposalId; }
    public Instant getAdoptedAt() { return adoptedAt; }
    public Instant getSupersededAt() { return supersededAt; }
    public UUID getSupersededBy() { return supersededBy; }
    public List<String> getRequirements() { return List.copyOf(requirements); }
}
