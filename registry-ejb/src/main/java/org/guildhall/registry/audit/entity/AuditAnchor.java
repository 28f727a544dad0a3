package org.guildhall.registry.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The head of the audit chain at {@code seq}, announced for anchoring on chain under batch id
 * {@link ChainAnchor#batchIdOf(long) batchIdOf(seq)}. Written only by the linker's SQL (AuditLinker),
 * never changed; read here. Not in the shared cache: any portal instance may anchor.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_anchor", schema = "audit")
@NamedQuery(name = "AuditAnchor.findNewest", query = "select a from AuditAnchor a order by a.seq desc")
public class AuditAnchor {

    @Id
    private Long seq;
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "sealed_at")
    private Instant sealedAt;

    protected AuditAnchor() {
    }

    /** The anchor as the verifier takes it, its head on chain not looked up. */
    public ChainAnchor toChainAnchor() {
        return ChainAnchor.stored(seq, batchId);
    }

    public long getSeq() { return seq; }
    public UUID getBatchId() { return batchId; }
    public Instant getSealedAt() { return sealedAt; }
}
