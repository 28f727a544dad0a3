package org.guildhall.onboarding.application.entity;

import java.util.Objects;

/**
 * The result of one check before it is stored.
 *
 * @param code     stable name of the check ({@code enode-syntax}, {@code csr-signature} ...)
 * @param blocking whether a failure stops the submission
 * @param detail   what was found, for the operator and the reviewer
 */
public record CheckResult(String code, CheckOutcome outcome, boolean blocking, String detail) {

    public CheckResult {
        Objects.requireNonNull(code);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(detail);
    }

    public static CheckResult passed(String code, String detail) {
        return new CheckResult(code, CheckOutcome.PASSED, true, detail);
    }

    public static CheckResult failed(String code, String detail) {
        return new CheckResult(code, CheckOutcome.FAILED, true, detail);
    }

    /** A failure that is recorded and shown but does not stop the submission. */
    public static CheckResult advisory(String code, boolean passed, String detail) {
        return new CheckResult(code, passed ? CheckOutcome.PASSED : CheckOutcome.FAILED, false, detail);
    }

    public boolean stopsSubmission() {
        return blocking && outcome == CheckOutcome.FAILED;
    }
}
