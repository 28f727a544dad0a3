package org.guildhall.registry.audit.entity;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An anchor of the audit hash chain as stored (a row of {@code audit.audit_anchor}), with the head the
 * chain holds for its batch when the caller has read it there. Its batch id follows from its seq
 * ({@link #batchIdOf(long)}), so the anchors on chain can be found without trusting the table.
 *
 * @param onChainHead lower-case hex head recorded on chain for {@code batchId}; null when not looked up
 */
public record ChainAnchor(long seq, UUID batchId, String onChainHead) {

    /** The prefix of the name whose UUID is the batch id of an anchor. */
    public static final String BATCH_NAME_PREFIX = "guildhall.audit:";

    /**
     * The batch id of the anchor at {@code seq}: {@link UUID#nameUUIDFromBytes} of the UTF-8 bytes of
     * {@code "guildhall.audit:" + seq} (seq in decimal), that is MD5 of those bytes alone (no namespace
     * UUID) with the version set to 3 and the IETF variant.
     */
    public static UUID batchIdOf(long seq) {
        return UUID.nameUUIDFromBytes((BATCH_NAME_PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** An anchor as the database holds it, its head on chain not looked up. */
    public static ChainAnchor stored(long seq, UUID batchId) {
        return new ChainAnchor(seq, batchId, null);
    }

    public ChainAnchor withOnChainHead(String head) {
        return new ChainAnchor(seq, batchId, head);
    }
}
