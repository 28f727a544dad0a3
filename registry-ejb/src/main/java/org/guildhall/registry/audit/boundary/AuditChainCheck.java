package org.guildhall.registry.audit.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.registry.audit.control.AuditChainReader;
import org.guildhall.registry.audit.control.AuditChainVerifier;
import org.guildhall.registry.audit.entity.ChainAnchor;
import org.guildhall.registry.audit.entity.ChainVerification;

/**
 * The audit chain's verification for a tool outside the container (the command behind
 * {@code ./guildhall verify-audit}): the stored records and links read over plain JDBC, and the anchors as the
 * chain holds them, so that an anchor row deleted from the database is still checked.
 */
public final class AuditChainCheck {

    /** A head anchored on chain: the batch, the seq it claims (its size) and the head it holds. */
    public record AnchoredHead(UUID batchId, long seq, String head) {
    }

    private AuditChainCheck() {
    }

    /**
     * @param onChain every audit head found on chain; heads whose batch id is not the one of their seq are ignored
     */
    public static ChainVerification verify(Connection connection, Collection<AnchoredHead> onChain, Instant now,
                                           Duration grace) throws SQLException {
        AuditChainReader.Contents stored = AuditChainReader.read(connection);
        Map<UUID, ChainAnchor> anchors = new LinkedHashMap<>();
        stored.anchors().forEach(a -> anchors.put(a.batchId(), a));
        for (AnchoredHead head : onChain) {
            if (head.seq() >= 1 && ChainAnchor.batchIdOf(head.seq()).equals(head.batchId())) {
                anchors.put(head.batchId(), ChainAnchor.stored(head.seq(), head.batchId()).withOnChainHead(head.head()));
            }
        }
        return AuditChainVerifier.verify(stored.records(), stored.links(), List.copyOf(anchors.values()), now, grace);
    }

    /** Whether a batch id is the one an audit head at {@code seq} is anchored under. */
    public static boolean isAuditBatch(UUID batchId, long seq) {
        return seq >= 1 && ChainAnchor.batchIdOf(seq).equals(batchId);
    }
}
