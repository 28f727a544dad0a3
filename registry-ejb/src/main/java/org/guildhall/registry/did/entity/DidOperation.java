package org.guildhall.registry.did.entity;

/** The registrar operation that made a version. */
public enum DidOperation {
    CREATE, UPDATE, DEACTIVATE
}
