package org.guildhall.onboarding.application.entity;

/** Where a node application stands. */
public enum ApplicationStatus {
    /** Being written by the operator; saved, not yet checked as a whole. */
    DRAFT,
    /** Submitted: checks ran and passed their blocking parts; waiting for a reviewer. */
    SUBMITTED,
    /** A reviewer asked for changes; the operator amends and submits again. */
    CHANGES_REQUESTED,
    /** Approved by review; the member organisations vote on admission. */
    IN_VOTE,
    /** Admitted: the node is in the directory with a certificate. */
    ADMITTED,
    /** Refused by a reviewer or by the vote, with a reason. */
    REJECTED,
    /** Withdrawn by the operator. */
    WITHDRAWN;

    /** The operator may still change the application. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Nothing more happens to the application. */
    public boolean isFinal() {
        return this == ADMITTED || this == REJECTED || this == WITHDRAWN;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
