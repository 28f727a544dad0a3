package org.guildhall.chainbridge.anchoring.entity;

import java.util.UUID;

/**
 * How far a batch's anchor is on its way to the chain.
 *
 * @param status          pending, submitted, confirmed or failed (as for decisions)
 * @param txHash          the transaction's hash once signed; null before
 * @param blockNumber     the block that holds it once confirmed (or reverted); null before
 * @param contractAddress the AnchorRegistry's address where known
 * @param error           the last delivery error, if any
 */
public record AnchorStatus(UUID batchId, String status, String txHash, Long blockNumber, String contractAddress,
                           String error) {

    public boolean isConfirmed() {
        return "confirmed".equals(status);
    }
}
