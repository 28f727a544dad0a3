package org.guildhall.chainbridge.nodes.entity;

import java.util.UUID;

/**
 * How far one allow-list change is on its way to the NodeRegistry.
 *
 * @param status          pending, submitted, confirmed or failed (as for decisions)
 * @param txHash          the transaction's hash once signed; null before
 * @param blockNumber     the block that holds it once confirmed (or reverted); null before
 * @param contractAddress the NodeRegistry's address where known
 * @param error           the last delivery error, if any (a refusal names the contract's error)
 */
public record NodeChangeDelivery(UUID changeId, String status, String txHash, Long blockNumber,
                                 String contractAddress, String error) {

    public boolean isConfirmed() {
        return "confirmed".equals(status);
    }
}
