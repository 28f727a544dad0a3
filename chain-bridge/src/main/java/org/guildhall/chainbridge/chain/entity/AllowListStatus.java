package org.guildhall.chainbridge.chain.entity;

import java.util.Arrays;

/**
 * A node's status on the NodeRegistry contract, with the contract's {@code uint8} code. Only
 * {@link #ALLOWED} lets a node connect; a revoked or deactivated node is allowed again only by a new
 * admission.
 */
public enum AllowListStatus {
    /** Never admitted (the contract holds nothing for the node). */
    UNKNOWN(0),
    ALLOWED(1),
    SUSPENDED(2),
    REVOKED(3),
    DEACTIVATED(4);

    private final int code;

    AllowListStatus(int code) {
        this.code = code;
    }

    /** The contract's code for this status. */
    public int code() {
        return code;
    }

    /** Whether a node with this status may connect (from its registered host and port). */
    public boolean allowsConnections() {
        return this == ALLOWED;
    }

    /** The status of a contract code. */
    public static AllowListStatus ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No allow-list status has code " + code));
    }
}
