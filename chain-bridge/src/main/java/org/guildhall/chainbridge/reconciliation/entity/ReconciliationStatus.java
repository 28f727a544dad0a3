package org.guildhall.chainbridge.reconciliation.entity;

import java.time.Instant;
import java.util.List;

/** The open differences and the last run, as operators and {@code /health} see them. */
public record ReconciliationStatus(List<OpenDifference> open, Instant lastRunAt, int lastEvents, int lastEntries,
                                   String lastError) {

    /** A difference with when it was first and last seen. */
    public record OpenDifference(long id, Difference difference, Instant firstSeenAt, Instant lastSeenAt) {
    }

    public boolean clean() {
        return open.isEmpty();
    }
}
