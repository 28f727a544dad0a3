package org.guildhall.registry.membership.entity;

/** Where an organisation stands in the federation. */
public enum OrganisationStatus {
    /** Applied, waiting for an admin's decision. */
    APPLIED,
    /** A member of the federation. */
    APPROVED,
    /** Refused, with a reason. */
    REJECTED,
    /** Was a member and has left the federation (or was expelled), with a reason. */
    LEFT
}
