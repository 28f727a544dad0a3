package org.guildhall.onboarding.node.entity;

/** A node's standing in the federation. */
public enum NodeStatus {
    /** Admitted, certified and on the allow-list. */
    ACTIVE,
    /** Temporarily off the allow-list; its certificate is on hold. */
    SUSPENDED,
    /** Permanently off the allow-list; its certificate is revoked. */
    REVOKED,
    /** Off the allow-list because its organisation left the federation. */
    DEACTIVATED;

    public boolean isLive() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
