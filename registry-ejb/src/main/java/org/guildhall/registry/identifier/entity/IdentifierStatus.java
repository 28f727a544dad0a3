package org.guildhall.registry.identifier.entity;

/** An identifier is active until a registrar withdraws it; withdrawal is final. */
public enum IdentifierStatus {
    ACTIVE, WITHDRAWN
}
