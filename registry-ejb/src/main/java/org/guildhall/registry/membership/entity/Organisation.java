package org.guildhall.registry.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A member institution of the federation, from its application to the admin's decision. */
@Entity
@Table(name = "organisation", schema = "registry")
@NamedQuery(name = "Organisation.findByStatus",
        query = "select o from Organisation o where o.status = :status order by o.appliedAt")
@NamedQuery(name = "Organisation.findAll", query = "select o from Organisation o order by o.appliedAt")
@NamedQuery(name = "Organisation.countLiveByName",
        query = "select count(o) from Organisation o where lower(o.name) = lower(:name) and o.status <> "
                + "org.guildhall.registry.membership.entity.OrganisationStatus.REJECTED")
public class Organisation {

    public static final int MAX_WEIGHT = 1_000_000;

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;
    private String jurisdiction;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Enumerated(EnumType.STRING)
    private OrganisationStatus status;
    @Column(name = "applied_by")
    private String appliedBy;
    @Column(name = "applied_at")
    private Instant appliedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "voting_weight")
    private int votingWeight = 1;
    @Version
    private long version;

    protected Organisation() {
    }

    private Organisation(OrganisationApplication application, String applicant, Instant at) {
        this.id = UUID.randomUUID();
        this.name = application.name().strip();
        this.kind = application.kind();
        this.jurisdiction = application.jurisdiction().strip();
        this.contactName = application.contactName().strip();
        this.contactEmail = application.contactEmail().strip();
        this.status = OrganisationStatus.APPLIED;
        this.appliedBy = Objects.requireNonNull(applicant);
        this.appliedAt = Objects.requireNonNull(at);
    }

    /** A new application; the application record has been validated at the boundary. */
    public static Organisation apply(OrganisationApplication application, String applicant, Instant at) {
        return new Organisation(application, applicant, at);
    }

    public void approve(String admin, String reason, Instant at) {
        decide(OrganisationStatus.APPROVED, admin, reason, at);
    }

    public void reject(String admin, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new MembershipException(MembershipException.Reason.INVALID, "A rejection needs a reason.");
        }
        decide(OrganisationStatus.REJECTED, admin, reason, at);
    }

    private void decide(OrganisationStatus outcome, String admin, String reason, Instant at) {
        if (status != OrganisationStatus.APPLIED) {
            throw new MembershipException(MembershipException.Reason.CONFLICT,
                    "The application of " + name + " was already decided (" + status + ").");
        }
        this.status = outcome;
        this.decidedBy = Objects.requireNonNull(admin);
        this.decidedAt = Objects.requireNonNull(at);
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** A member leaves the federation (or is expelled): it keeps its record, and its name stays taken. */
    public void leave(String admin, String reason, Instant at) {
        if (status != OrganisationStatus.APPROVED) {
            throw new MembershipException(MembershipException.Reason.CONFLICT,
                    name + " is not a member (" + status + "), so it cannot leave.");
        }
        if (reason == null || reason.isBlank()) {
            throw new MembershipException(MembershipException.Reason.INVALID, "Leaving the federation needs a reason.");
        }
        this.status = OrganisationStatus.LEFT;
        this.decidedBy = Objects.requireNonNull(admin);
        this.decidedAt = Objects.requireNonNull(at);
        this.decisionReason = reason.strip();
    }

    /** Sets the weight of this organisation's ballot on tracks weighted per organisation. */
    public void weigh(int weight) {
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("A voting weight is between 1 and " + MAX_WEIGHT + ".");
        }
        this.votingWeight = weight;
    }

    public boolean isMember() {
        return status == OrganisationStatus.APPROVED;
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public OrganisationKind getKind() { return kind; }
    public String getJurisdiction() { return jurisdiction; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public OrganisationStatus getStatus() { return status; }
    public String getAppliedBy() { return appliedBy; }
    public Instant getAppliedAt() { return appliedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public int getVotingWeight() { return votingWeight; }
}
