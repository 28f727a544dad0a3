package org.guildhall.registry.did.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A registered DID: its domain, status and current version. The documents are its {@link DidVersion}s. */
@Entity
@Table(name = "did", schema = "registry")
public class DidRecord {

    @Id
    private String did;
    @Column(name = "domain_code")
    private String domainCode;
    @Enumerated(EnumType.STRING)
    private DidStatus status;
    @Column(name = "current_version")
    private int currentVersion;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "registered_by")
    private String registeredBy;
    @Version
    private long version;

    protected DidRecord() {
    }

    public DidRecord(String did, String domainCode, String registeredBy, Instant at) {
        this.did = did;
        this.domainCode = domainCode;
        this.registeredBy = registeredBy;
        this.status = DidStatus.ACTIVE;
        this.currentVersion = 1;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The next version's number; refused once deactivated or when {@code expected} is no longer current. */
    public int advance(int expectedCurrent, boolean deactivate, Instant at) {
        if (status == DidStatus.DEACTIVATED) {
            throw new DidRegistrationException("did-deactivated", 409, "The DID " + did + " is deactivated; it cannot change.");
        }
        if (expectedCurrent != currentVersion) {
            throw new DidRegistrationException("version-conflict", 409, "The DID " + did + " changed since the job was started"
                    + " (version " + currentVersion + ", the job signed over " + expectedCurrent + "); start again.");
        }
        currentVersion++;
        updatedAt = at;
        if (deactivate) {
            status = DidStatus.DEACTIVATED;
        }
        return currentVersion;
    }

    public boolean isDeactivated() {
        return status == DidStatus.DEACTIVATED;
    }

    public String getDid() { return did; }
    public String getDomainCode() { return domainCode; }
    public DidStatus getStatus() { return status; }
    public int getCurrentVersion() { return currentVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getRegisteredBy() { return registeredBy; }
}
