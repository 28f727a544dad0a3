package org.guildhall.registry.identifier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of an identifier, never changed once written: the RFC 8785 canonical content
 * {@code {handle, kind, metadata, ownerDid, status}}, its SHA-256 (lowercase hex, the anchored hash),
 * when it took effect and the registrar who submitted it.
 */
@Entity
@Table(name = "identifier_version", schema = "registry")
@IdClass(IdentifierVersion.Key.class)
@NamedQuery(name = "IdentifierVersion.findByHandle",
        query = "select v from IdentifierVersion v where v.handle = :handle order by v.versionId")
public class IdentifierVersion {

    @Id
    private String handle;
    @Id
    @Column(name = "version_id")
    private int versionId;
    @Enumerated(EnumType.STRING)
    private IdentifierOperation operation;
    private String content;
    @Column(name = "content_sha256")
    private String contentSha256;
    @Column(name = "version_time")
    private Instant versionTime;
    @Column(name = "submitted_by")
    private String submittedBy;

    protected IdentifierVersion() {
    }

    public IdentifierVersion(String handle, int versionId, IdentifierOperation operation, String canonicalContent,
                             String contentSha256, Instant versionTime, String submittedBy) {
        this.handle = Objects.requireNonNull(handle, "handle");
        this.versionId = versionId;
        this.operation = Objects.requireNonNull(operation, "operation");
        this.content = Objects.requireNonNull(canonicalContent, "canonicalContent");
        this.contentSha256 = Objects.requireNonNull(contentSha256, "contentSha256");
        this.versionTime = Objects.requireNonNull(versionTime, "versionTime");
        this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
    }

    public String getHandle() { return handle; }
    public int getVersionId() { return versionId; }
    public IdentifierOperation getOperation() { return operation; }
    public String getContent() { return content; }
    public String getContentSha256() { return contentSha256 == null ? null : contentSha256.strip(); }
    public Instant getVersionTime() { return versionTime; }
    public String getSubmittedBy() { return submittedBy; }

    /** The primary key: handle and version number. */
    public static class Key implements Serializable {
        private String handle;
        private int versionId;

        public Key() {
        }

        public Key(String handle, int versionId) {
            this.handle = handle;
            this.versionId = versionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.versionId == versionId && Objects.equals(k.handle, handle);
        }

        @Override
        public int hashCode() {
            return Objects.hash(handle, versionId);
        }
    }
}
