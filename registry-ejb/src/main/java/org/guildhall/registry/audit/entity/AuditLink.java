package org.guildhall.registry.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A record's place in the audit hash chain. Written only by the linker's SQL (AuditLinker), in seq order
 * from 1, and never changed (a trigger refuses updates and deletes); read here. Not in the shared cache:
 * any portal instance may link.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_link", schema = "audit")
@NamedQuery(name = "AuditLink.findNewest", query = "select l from AuditLink l order by l.seq desc")
public class AuditLink {

    @Id
    private Long seq;
    @Column(name = "record_id")
    private long recordId;
    @Column(name = "record_hash")
    private String recordHash;
    @Column(name = "link_hash")
    private String linkHash;
    @Column(name = "linked_at")
    private Instant linkedAt;

    protected AuditLink() {
    }

    /** The link as the verifier takes it. */
    public ChainLink toChainLink() {
        return new ChainLink(seq, recordId, recordHash, linkHash);
    }

    public long getSeq() { return seq; }
    public long getRecordId() { return recordId; }
    /** Lower-case hex SHA-256 of the record's content. */
    public String getRecordHash() { return recordHash; }
    /** Lower-case hex SHA-256 over the previous link hash, the seq and the record hash: the head, for the newest. */
    public String getLinkHash() { return linkHash; }
    public Instant getLinkedAt() { return linkedAt; }
}
