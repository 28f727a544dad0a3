package org.guildhall.registry.did.entity;

/** A DID is active until its controller deactivates it; deactivation is final. */
public enum DidStatus {
    ACTIVE, DEACTIVATED
}
