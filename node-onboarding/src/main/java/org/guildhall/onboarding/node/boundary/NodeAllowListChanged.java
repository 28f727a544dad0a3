package org.guildhall.onboarding.node.boundary;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A node's place on the federation's allow-list changed: it was admitted, suspended, reinstated,
 * revoked, or deactivated because its organisation left. Fired synchronously inside the transaction
 * that records the change, so an observer's writes (chain-bridge's outbox entry) commit with it.
 *
 * @param changeId unique id of this change (the outbox reference; the contract refuses it twice)
 * @param nodeId   the node's id in the directory
 * @param enodeId  the node's public key as 128 lower-case hex digits (the enode id), no {@code 0x}
 * @param host     the enode's host as registered (IP address or DNS name)
 * @param port     the enode's TCP port
 * @param change   what happened
 * @param at       when it happened
 */
public record NodeAllowListChanged(UUID changeId, UUID nodeId, String enodeId, String host, int port,
                                   Change change, Instant at) {

    /** What happened to the node's allow-list entry. */
    public enum Change {
        ADMITTED(true), SUSPENDED(false), REINSTATED(true), REVOKED(false), DEACTIVATED(false);

        private final boolean allowed;

        Change(boolean allowed) {
            this.allowed = allowed;
        }

        /** Whether the node may connect after this change. */
        public boolean allowed() {
            return allowed;
        }
    }

    public NodeAllowListChanged {
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(at, "at");
        if (enodeId == null || !enodeId.matches("[0-9a-f]{128}")) {
            throw new IllegalArgumentException("enodeId must be 128 lower-case hex digits");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}
