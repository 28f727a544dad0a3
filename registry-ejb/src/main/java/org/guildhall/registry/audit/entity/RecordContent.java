package org.guildhall.registry.audit.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * What an audit record says, as stored: the input of its hash. Read from the database rather than taken
 * from an {@link AuditRecord} in memory, so {@code recordedAt} has the column's precision (microseconds).
 * A plain value, so that a tool reading the tables over JDBC can verify the chain too.
 *
 * @param detail may be null, which is not the same as empty
 */
public record RecordContent(long id, Instant recordedAt, String actor, String context, String action,
        String subject, String detail) {

    public RecordContent {
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
