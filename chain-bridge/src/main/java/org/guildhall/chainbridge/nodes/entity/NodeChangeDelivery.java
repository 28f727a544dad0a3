package org.guildhall.chainbridge.nodes.entity;

import java.util.UUID;

/**
 * How far one allow-list change is on its way to the NodeRegistry.
 *
 * @param status          pending, submitted, confirmed or failed (as for decisions)
 * @param txHash          the transaction's hash once signed; null before
 * @param blockNumber     the block that holds it once confirmed (or reverted); null before
 * @param contractAddress the NodeRegistry's address where known
 * @param error           the last delivery error, if any
 * @param refusal         the NodeRegistry error that error carries ({@code DuplicateChange} for a change the
 *                        contract holds already, {@code UnknownNode}, {@code InvalidTransition}, ...); null if none
 */
public record NodeChangeDelivery(UUID changeId, String status, String txHash, Long blockNumber,
                                 String contractAddress, String error, String refusal) {

    public boolean isConfirmed() {
        return "confirmed".equals(status);
    }
}
