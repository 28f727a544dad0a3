package org.guildhall.onboarding.certification.entity;

/** Why a node certificate was revoked, with its RFC 5280 (section 5.3.1) CRLReason code. */
public enum RevocationReason {
    /** No reason given; RFC 5280 says to omit the reason code rather than write this one. */
    UNSPECIFIED(0),
    KEY_COMPROMISE(1),
    AFFILIATION_CHANGED(3),
    SUPERSEDED(4),
    CESSATION_OF_OPERATION(5),
    CERTIFICATE_HOLD(6);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /** The RFC 5280 CRLReason value. */
    public int code() {
        return code;
    }
}
