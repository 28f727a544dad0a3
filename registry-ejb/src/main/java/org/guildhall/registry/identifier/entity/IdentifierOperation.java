package org.guildhall.registry.identifier.entity;

/** What made a version: the registration (version 1), an update, or the withdrawal (the last version). */
public enum IdentifierOperation {
    REGISTER, UPDATE, WITHDRAW
}
