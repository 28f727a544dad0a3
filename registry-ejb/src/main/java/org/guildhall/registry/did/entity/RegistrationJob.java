package org.guildhall.registry.did.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A registrar job in client-managed secret mode: what was asked, the canonical payload the DID's
 * controller must sign, and whether it finished. A job belongs to the registrar who started it and
 * expires unsigned.
 */
@Entity
@Table(name = "registration_job", schema = "registry")
public class RegistrationJob {

    public enum State { ACTION, FINISHED, FAILED }

    @Id
    @Column(name = "job_id")
    private UUID jobId;
    @Enumerated(EnumType.STRING)
    private DidOperation operation;
    private String did;
    @Column(name = "domain_code")
    private String domainCode;
    @Column(name = "requested_by")
    private String requestedBy;
    private String document;
    @Column(name = "previous_version")
    private Integer previousVersion;
    private String payload;
    @Column(name = "signing_keys")
    private String signingKeys;
    @Enumerated(EnumType.STRING)
    private State state;
    private String reason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected RegistrationJob() {
    }

    public RegistrationJob(UUID jobId, DidOperation operation, String did, String domainCode, String requestedBy,
                           String canonicalDocument, Integer previousVersion, String canonicalPayload,
                           String signingKeys, Instant createdAt, Instant expiresAt) {
        this.jobId = jobId;
        this.operation = operation;
        this.did = did;
        this.domainCode = domainCode;
        this.requestedBy = requestedBy;
        this.document = canonicalDocument;
        this.previousVersion = previousVersion;
        this.payload = canonicalPayload;
        this.signingKeys = signingKeys;
        this.state = State.ACTION;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether {@code user} may finish this job now; refuses with the reason otherwise. */
    public void requireOpenFor(String user, Instant now) {
        if (!requestedBy.equals(user)) {
            throw new DidRegistrationException("unknown-job", 404, "No registration job " + jobId + " of yours.");
        }
        if (state != State.ACTION) {
            throw new DidRegistrationException("job-closed", 409, "Registration job " + jobId + " is "
                    + state.name().toLowerCase() + ".");
        }
        if (!now.isBefore(expiresAt)) {
            throw new DidRegistrationException("job-expired", 409, "Registration job " + jobId + " expired at " + expiresAt
                    + " unsigned; start again.");
        }
    }

    public void finish() {
        state = State.FINISHED;
    }

    public UUID getJobId() { return jobId; }
    public DidOperation getOperation() { return operation; }
    public String getDid() { return did; }
    public String getDomainCode() { return domainCode; }
    public String getRequestedBy() { return requestedBy; }
    public String getDocument() { return document; }
    public Integer getPreviousVersion() { return previousVersion; }
    public String getPayload() { return payload; }
    public String getSigningKeys() { return signingKeys; }
    public State getState() { return state; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
}
