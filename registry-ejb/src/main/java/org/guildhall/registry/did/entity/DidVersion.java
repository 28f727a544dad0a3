package org.guildhall.registry.did.entity;

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
 * One version of a DID document, never changed once written: the canonical document, its hash, when
 * it took effect and the controller's proof (key, signed payload, signature) that authorised it.
 */
@Entity
@Table(name = "did_version", schema = "registry")
@IdClass(DidVersion.Key.class)
@NamedQuery(name = "DidVersion.findByDid", query = "select v from DidVersion v where v.did = :did order by v.versionId")
@NamedQuery(name = "DidVersion.findAt", query = "select v from DidVersion v where v.did = :did and v.versionTime <= :time"
        + " order by v.versionTime desc, v.versionId desc")
public class DidVersion {

    @Id
    private String did;
    @Id
    @Column(name = "version_id")
    private int versionId;
    @Enumerated(EnumType.STRING)
    private DidOperation operation;
    private String document;
    @Column(name = "content_sha256")
    private String contentSha256;
    @Column(name = "version_time")
    private Instant versionTime;
    @Column(name = "proof_key")
    private String proofKey;
    @Column(name = "proof_payload")
    private String proofPayload;
    @Column(name = "proof_signature")
    private String proofSignature;
    @Column(name = "submitted_by")
    private String submittedBy;

    protected DidVersion() {
    }

    public DidVersion(String did, int versionId, DidOperation operation, String canonicalDocument, String contentSha256,
                      Instant versionTime, Proof proof, String submittedBy) {
        this.did = did;
        this.versionId = versionId;
        this.operation = operation;
        this.document = canonicalDocument;
        this.contentSha256 = contentSha256;
        this.versionTime = versionTime;
        this.proofKey = proof == null ? null : proof.key();
        this.proofPayload = proof == null ? null : proof.payload();
        this.proofSignature = proof == null ? null : proof.signature();
        this.submittedBy = submittedBy;
    }

    /** The controller's signature that authorised a version: key id, signed payload (base64url), signature (base64url). */
    public record Proof(String key, String payload, String signature) {
    }

    public String getDid() { return did; }
    public int getVersionId() { return versionId; }
    public DidOperation getOperation() { return operation; }
    public String getDocument() { return document; }
    public String getContentSha256() { return contentSha256; }
    public Instant getVersionTime() { return versionTime; }
    public Proof getProof() { return proofKey == null ? null : new Proof(proofKey, proofPayload, proofSignature); }
    public String getSubmittedBy() { return submittedBy; }

    /** The primary key: DID and version number. */
    public static class Key implements Serializable {
        private String did;
        private int versionId;

        public Key() {
        }

        public Key(String did, int versionId) {
            this.did = did;
            this.versionId = versionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.versionId == versionId && Objects.equals(k.did, did);
        }

        @Override
        public int hashCode() {
            return Objects.hash(did, versionId);
        }
    }
}
