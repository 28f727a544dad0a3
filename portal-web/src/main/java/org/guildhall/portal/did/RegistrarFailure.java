package org.guildhall.portal.did;

import java.util.UUID;

/** A refusal while finishing a known job: the failed state names the job. */
final class RegistrarFailure extends RuntimeException {

    private final UUID jobId;

    RegistrarFailure(UUID jobId, RuntimeException cause) {
        super(cause.getMessage(), cause, false, false);
        this.jobId = jobId;
    }

    UUID jobId() {
        return jobId;
    }
}
