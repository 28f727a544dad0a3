package org.guildhall.registry.anchoring.boundary;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A batch of registry changes was sealed under a Merkle root. Fired synchronously inside the
 * transaction that seals it, so an observer's writes (the chain bridge's outbox entry) commit or roll
 * back together with the batch.
 *
 * @param rootHex lower-case hex RFC 9162 Merkle Tree Hash (SHA-256) of the batch's leaves: what goes on chain
 * @param size    the number of leaves, at least one
 */
public record AnchorBatchSealed(UUID batchId, String rootHex, int size, Instant sealedAt) {

    public AnchorBatchSealed {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(sealedAt, "sealedAt");
        if (rootHex == null || !rootHex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A root is 64 lower-case hex digits");
        }
        if (size < 1) {
            throw new IllegalArgumentException("A sealed batch holds at least one leaf");
        }
    }
}
