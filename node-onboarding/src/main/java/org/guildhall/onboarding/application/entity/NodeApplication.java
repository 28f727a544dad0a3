package org.guildhall.onboarding.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An operator's application to run a node, from draft to admission or refusal. The entity decides
 * which step is allowed from which status; the boundary decides who may take it.
 */
@Entity
@Table(name = "node_application", schema = "onboarding")
@NamedQuery(name = "NodeApplication.findByOrganisation",
        query = "select a from NodeApplication a where a.organisationId = :organisation order by a.createdAt desc")
@NamedQuery(name = "NodeApplication.findByStatuses",
        query = "select a from NodeApplication a where a.status in :statuses order by a.submittedAt, a.number")
@NamedQuery(name = "NodeApplication.findByProposal",
        query = "select a from NodeApplication a where a.proposalId = :proposal")
@NamedQuery(name = "NodeApplication.findLiveByName",
        query = "select a from NodeApplication a where lower(a.nodeName) = :name and a.id <> :self"
                + " and a.status in :statuses")
public class NodeApplication {

    @Id
    private UUID id;
    private long number;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private String applicant;
    @Column(name = "node_type")
    private String nodeType;
    @Column(name = "domain_code")
    private String domainCode;
    @Column(name = "node_name")
    private String nodeName;
    private String enode;
    @Column(name = "node_public_key")
    private String nodePublicKey;
    @Column(name = "csr_pem")
    private String csrPem;
    @Column(name = "key_fingerprint")
    private String keyFingerprint;
    @Column(name = "declared_standards")
    private String declaredStandards;
    @Column(name = "service_level")
    private BigDecimal serviceLevel;
    private String contact;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private int round;
    @Column(name = "proposal_id")
    private UUID proposalId;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected NodeApplication() {
    }

    /**
     * A new draft. {@code csrPem} is the canonical PEM of a CSR already parsed, {@code keyFingerprint}
     * the SHA-256 of its public key; both null when the form has no CSR yet.
     */
    public static NodeApplication draft(long number, UUID organisationId, String applicant, ApplicationForm form,
                                        String csrPem, String keyFingerprint, Instant at) {
        NodeApplication application = new NodeApplication();
        application.id = UUID.randomUUID();
        application.number = number;
        application.organisationId = Objects.requireNonNull(organisationId);
        application.applicant = Objects.requireNonNull(applicant);
        application.status = ApplicationStatus.DRAFT;
        application.createdAt = at;
        application.fill(form, csrPem, keyFingerprint, at);
        return application;
    }

    /** The operator changes the application; only a draft or one sent back for changes. */
    public void amend(ApplicationForm form, String csrPem, String keyFingerprint, long expectedVersion, Instant at) {
        if (expectedVersion != version) {
            throw OnboardingException.conflict("edit-conflict", "Application " + reference()
                    + " was changed by someone else in the meantime; reload it and apply your changes again.");
        }
        requireStatus("amended", ApplicationStatus.DRAFT, ApplicationStatus.CHANGES_REQUESTED);
        fill(form, csrPem, keyFingerprint, at);
    }

    /** Submitted for review, after its checks passed their blocking part. */
    public void submit(Instant at) {
        requireStatus("submitted", ApplicationStatus.DRAFT, ApplicationStatus.CHANGES_REQUESTED);
        status = ApplicationStatus.SUBMITTED;
        submittedAt = at;
        updatedAt = at;
    }

    /** The round of checks a submission runs: one more than the last. */
    public int nextRound() {
        requireStatus("submitted", ApplicationStatus.DRAFT, ApplicationStatus.CHANGES_REQUESTED);
        return ++round;
    }

    public void requestChanges(String reason, Instant at) {
        requireStatus("sent back for changes", ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.CHANGES_REQUESTED;
        decisionReason = requireReason(reason);
        updatedAt = at;
    }

    /** Approved by review on a type that needs a vote: the vote on {@code proposal} decides. */
    public void putToVote(UUID proposal, Instant at) {
        requireStatus("put to the vote", ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.IN_VOTE;
        proposalId = Objects.requireNonNull(proposal);
        updatedAt = at;
    }

    public void admit(String reason, Instant at) {
        requireStatus("admitted", ApplicationStatus.SUBMITTED, ApplicationStatus.IN_VOTE);
        status = ApplicationStatus.ADMITTED;
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        decidedAt = at;
        updatedAt = at;
    }

    public void reject(String reason, Instant at) {
        requireStatus("rejected", ApplicationStatus.SUBMITTED, ApplicationStatus.IN_VOTE);
        status = ApplicationStatus.REJECTED;
        decisionReason = requireReason(reason);
        decidedAt = at;
        updatedAt = at;
    }

    public void withdraw(Instant at) {
        if (status.isFinal()) {
            throw OnboardingException.conflict("transition-not-allowed",
                    "Application " + reference() + " is " + status.slug() + " and can no longer be withdrawn.");
        }
        status = ApplicationStatus.WITHDRAWN;
        decidedAt = at;
        updatedAt = at;
    }

    /** The node id of the enode URL (stored canonical: {@code enode://<128 hex>@...}), if there is one. */
    public java.util.Optional<String> enodeId() {
        return enode == null || enode.length() < 137 ? java.util.Optional.empty()
                : java.util.Optional.of(enode.substring("enode://".length(), "enode://".length() + 128));
    }

    /** How people refer to it: {@code NA-42}. */
    public String reference() {
        return "NA-" + number;
    }

    public List<String> declaredStandards() {
        return declaredStandards == null || declaredStandards.isBlank() ? List.of()
                : Arrays.stream(declaredStandards.split(",")).toList();
    }

    public ApplicationForm form() {
        return new ApplicationForm(nodeType, domainCode, nodeName, enode, nodePublicKey, csrPem, declaredStandards(),
                serviceLevel, contact);
    }

    private void fill(ApplicationForm form, String csr, String fingerprint, Instant at) {
        nodeType = form.nodeType();
        domainCode = form.domain();
        nodeName = form.name();
        enode = form.enode();
        nodePublicKey = form.nodePublicKey();
        csrPem = csr;
        keyFingerprint = fingerprint;
        declaredStandards = String.join(",", form.declaredStandards().stream().map(String::strip).distinct().toList());
        serviceLevel = form.serviceLevel();
        contact = form.contact();
        updatedAt = at;
    }

    private void requireStatus(String what, ApplicationStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw OnboardingException.conflict("transition-not-allowed",
                    "Application " + reference() + " is " + status.slug() + ", so it cannot be " + what + ".");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw OnboardingException.invalid("reason-required", "Say why: a reason is required.");
        }
        if (reason.length() > 2000) {
            throw OnboardingException.invalid("reason-too-long", "A reason is at most 2000 characters.");
        }
        return reason.strip();
    }

    public UUID getId() { return id; }
    public long getNumber() { return number; }
    public UUID getOrganisationId() { return organisationId; }
    public String getApplicant() { return applicant; }
    public String getNodeType() { return nodeType; }
    public String getDomainCode() { return domainCode; }
    public String getNodeName() { return nodeName; }
    public String getEnode() { return enode; }
    public String getNodePublicKey() { return nodePublicKey; }
    public String getCsrPem() { return csrPem; }
    public String getKeyFingerprint() { return keyFingerprint; }
    public BigDecimal getServiceLevel() { return serviceLevel; }
    public String getContact() { return contact; }
    public ApplicationStatus getStatus() { return status; }
    public int getRound() { return round; }
    public UUID getProposalId() { return proposalId; }
    public String getDecisionReason() { return decisionReason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getVersion() { return version; }
}
