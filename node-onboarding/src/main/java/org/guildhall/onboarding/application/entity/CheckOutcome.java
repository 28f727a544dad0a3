package org.guildhall.onboarding.application.entity;

/** The result of one automated check. */
public enum CheckOutcome {
    PASSED, FAILED, WARNING
}
