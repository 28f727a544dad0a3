package org.guildhall.registry.audit.boundary;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.guildhall.registry.audit.entity.ChainAnchor;

/**
 * The head of the audit hash chain was sealed for anchoring on chain. Fired synchronously inside the
 * transaction that records the anchor, so an observer's writes (the chain bridge's outbox entry) commit or
 * roll back together with it.
 *
 * @param batchId {@link ChainAnchor#batchIdOf(long) the version 3 UUID of "guildhall.audit:" + seq}
 * @param seq     the seq of the head link: how many records the chain holds up to it
 * @param headHex lower-case hex link hash at {@code seq}: what goes on chain
 */
public record AuditHeadSealed(UUID batchId, long seq, String headHex, Instant sealedAt) {

    public AuditHeadSealed {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(sealedAt, "sealedAt");
        if (seq < 1) {
            throw new IllegalArgumentException("The chain's seqs start at 1");
        }
        if (!batchId.equals(ChainAnchor.batchIdOf(seq))) {
            throw new IllegalArgumentException("The batch id of seq " + seq + " is " + ChainAnchor.batchIdOf(seq));
        }
        if (headHex == null || !headHex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A head is 64 lower-case hex digits");
        }
    }

    public static AuditHeadSealed of(long seq, String headHex, Instant sealedAt) {
        return new AuditHeadSealed(ChainAnchor.batchIdOf(seq), seq, headHex, sealedAt);
    }
}
