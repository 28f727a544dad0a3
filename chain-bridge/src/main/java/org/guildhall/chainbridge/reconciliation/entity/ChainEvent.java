package org.guildhall.chainbridge.reconciliation.entity;

/**
 * One event a contract emitted for an id: {@code data} is the event's non-indexed words as hex (no 0x), which for
 * a decision or an anchor are exactly the call's arguments after the id.
 */
public record ChainEvent(String contract, String address, String event, String itemId, String data, String txHash,
                         long block) {
}
