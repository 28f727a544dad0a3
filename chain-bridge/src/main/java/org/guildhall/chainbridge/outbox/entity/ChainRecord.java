package org.guildhall.chainbridge.outbox.entity;

import java.util.UUID;

/**
 * What the portal shows about the on-chain record of something: status (pending, submitted,
 * confirmed, failed), transaction hash, block and contract address.
 */
public record ChainRecord(UUID reference, String status, String txHash, Long blockNumber, String contract,
                          String contractAddress, String error) {

    public static ChainRecord pending(UUID reference, String contract) {
        return new ChainRecord(reference, "pending", null, null, contract, null, null);
    }
}
