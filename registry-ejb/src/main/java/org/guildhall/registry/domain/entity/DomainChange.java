package org.guildhall.registry.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One effective change of a domain and the decision behind it. {@code detail} is the canonical JSON of
 * the change (RFC 8785) and {@code contentSha256} its hash, the leaf anchored on chain.
 */
@Entity
@Table(name = "domain_change", schema = "registry")
@NamedQuery(name = "DomainChange.findByDomain",
        query = "select c from DomainChange c where c.domainCode = :domain order by c.at, c.id")
public class DomainChange {

    @Id
    private UUID id;
    @Column(name = "domain_code")
    private String domainCode;
    @Enumerated(EnumType.STRING)
    private DomainChangeKind kind;
    private String detail;
    @Column(name = "content_sha256")
    private String contentSha256;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_id")
    private UUID decisionId;
    private Instant at;

    protected DomainChange() {
    }

    public DomainChange(String domainCode, DomainChangeKind kind, String canonicalDetail, String contentSha256,
                        String decidedBy, UUID decisionId, Instant at) {
        this.id = UUID.randomUUID();
        this.domainCode = domainCode;
        this.kind = kind;
        this.detail = canonicalDetail;
        this.contentSha256 = contentSha256;
        this.decidedBy = decidedBy;
        this.decisionId = decisionId;
        this.at = at;
    }

    public UUID getId() { return id; }
    public String getDomainCode() { return domainCode; }
    public DomainChangeKind getKind() { return kind; }
    public String getDetail() { return detail; }
    public String getContentSha256() { return contentSha256; }
    public String getDecidedBy() { return decidedBy; }
    public UUID getDecisionId() { return decisionId; }
    public Instant getAt() { return at; }
}
