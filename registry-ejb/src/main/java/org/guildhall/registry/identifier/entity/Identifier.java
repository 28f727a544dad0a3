package org.guildhall.registry.identifier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A registered identifier: its domain, kind, current owner, status and current version. The content of
 * each version is an {@link IdentifierVersion}. It decides whether a change is allowed: never after the
 * withdrawal, and only against the version the registrar last saw (optimistic, by version number).
 */
@Entity
@Table(name = "identifier", schema = "registry")
public class Identifier {

    @Id
    private String handle;
    @Column(name = "domain_code")
    private String domainCode;
    @Enumerated(EnumType.STRING)
    private IdentifierKind kind;
    @Column(name = "owner_did")
    private String ownerDid;
    @Enumerated(EnumType.STRING)
    private IdentifierStatus status;
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

    protected Identifier() {
    }

    /** A new identifier at version 1. */
    public Identifier(Handle handle, IdentifierKind kind, String ownerDid, String registeredBy, Instant at) {
        this.handle = handle.toString();
        this.domainCode = handle.prefix();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ownerDid = Objects.requireNonNull(ownerDid, "ownerDid");
        this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
        this.status = IdentifierStatus.ACTIVE;
        this.currentVersion = 1;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Refuses a change once withdrawn, or when {@code expectedVersion} is no longer the current version. */
    public void requireChangeableAt(int expectedVersion) {
        if (status == IdentifierStatus.WITHDRAWN) {
            throw IdentifierException.conflict("identifier-withdrawn", handle + " is withdrawn; it cannot change.");
        }
        if (expectedVersion != currentVersion) {
            throw IdentifierException.conflict("version-conflict", handle + " is at version " + currentVersion
                    + ", not " + expectedVersion + "; read it again and retry.");
        }
    }

    /** A new version with {@code newOwnerDid} as owner; returns its number. */
    public int update(int expectedVersion, String newOwnerDid, Instant at) {
        requireChangeableAt(expectedVersion);
        ownerDid = Objects.requireNonNull(newOwnerDid, "newOwnerDid");
        return advance(at);
    }

    /** The last version: the identifier is withdrawn for good; returns its number. */
    public int withdraw(int expectedVersion, Instant at) {
        requireChangeableAt(expectedVersion);
        status = IdentifierStatus.WITHDRAWN;
        return advance(at);
    }

    private int advance(Instant at) {
        currentVersion++;
        updatedAt = at;
        return currentVersion;
    }

    public boolean isWithdrawn() {
        return status == IdentifierStatus.WITHDRAWN;
    }

    public String getHandle() { return handle; }
    public String getDomainCode() { return domainCode; }
    public IdentifierKind getKind() { return kind; }
    public String getOwnerDid() { return ownerDid; }
    public IdentifierStatus getStatus() { return status; }
    public int getCurrentVersion() { return currentVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getRegisteredBy() { return registeredBy; }
}
