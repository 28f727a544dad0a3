package org.guildhall.onboarding.application.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A submission whose blocking checks failed. The checks are recorded and the application stays
 * editable, so this does not roll the transaction back: the operator sees exactly what failed.
 */
@ApplicationException(rollback = false)
public class ChecksFailedException extends RuntimeException {

    private final transient List<CheckResult> failed;

    public ChecksFailedException(String reference, List<CheckResult> failed) {
        super("Application " + reference + " was not submitted: " + failed.size() + " check"
                + (failed.size() == 1 ? "" : "s") + " failed ("
                + String.join(", ", failed.stream().map(CheckResult::code).toList()) + ").");
        this.failed = List.copyOf(failed);
    }

    public List<CheckResult> failed() {
        return failed;
    }
}
