package org.guildhall.chainbridge.nodes.entity;

import java.time.Instant;
import java.util.UUID;
import org.guildhall.chainbridge.chain.entity.AllowListStatus;

/**
 * What the NodeRegistry says about a node right now, read by eth_call, or why it could not be read.
 *
 * @param availability      whether the chain answered ({@link Availability#READ}); the other fields
 *                          but {@code enodeId} and {@code problem} are empty otherwise
 * @param connectionAllowed the contract's {@code connectionAllowed(enodeId, host, port)} for the host
 *                          and port asked about
 * @param status            the node's status on the list (UNKNOWN if never admitted)
 * @param registeredHost    the host the node was admitted with; null for an unknown node
 * @param registeredPort    the port the node was admitted with; null for an unknown node
 * @param changedAt         the timestamp of the block of the node's last change; null for an unknown node
 * @param lastChangeId      the id of the node's last change on chain; null for an unknown node
 * @param problem           why the chain could not be read; null when it was
 */
public record NodeOnChain(Availability availability, String enodeId, boolean connectionAllowed,
                          AllowListStatus status, String registeredHost, Integer registeredPort, Instant changedAt,
                          UUID lastChangeId, String contractAddress, String problem) {

    /** Whether the chain could be asked. */
    public enum Availability {
        /** The contract answered. */
        READ,
        /** No NodeRegistry is known yet (not configured, not yet deployed). */
        NO_CONTRACT,
        /** The node did not answer in time, or refused the call. */
        UNAVAILABLE
    }

    public static NodeOnChain noContract(String enodeId) {
        return new NodeOnChain(Availability.NO_CONTRACT, enodeId, false, null, null, null, null, null, null,
                "no NodeRegistry is deployed or configured yet");
    }

    public static NodeOnChain unavailable(String enodeId, String contractAddress, String problem) {
        return new NodeOnChain(Availability.UNAVAILABLE, enodeId, false, null, null, null, null, null,
                contractAddress, problem);
    }

    public boolean isRead() {
        return availability == Availability.READ;
    }
}
