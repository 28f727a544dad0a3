package org.guildhall.chainbridge.anchoring.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * What the AnchorRegistry holds for a batch, read from the chain itself.
 *
 * @param rootHex     lower-case hex of the anchored Merkle root
 * @param size        the number of leaves the root covers
 * @param blockNumber the block in which the batch was anchored
 * @param anchoredAt  that block's timestamp
 */
public record OnChainAnchor(UUID batchId, String rootHex, long size, long blockNumber, Instant anchoredAt,
                            String contractAddress) {
}
