package org.guildhall.onboarding.certification.entity;

/** Where an issued node certificate stands. Every status but VALID puts it on the CRL. */
public enum CertificateStatus {
    VALID,
    /** Suspended with its node: listed with reason certificateHold, may become VALID again. */
    ON_HOLD,
    REVOKED,
    /** Replaced by a renewal: listed with reason superseded. */
    SUPERSEDED
}
