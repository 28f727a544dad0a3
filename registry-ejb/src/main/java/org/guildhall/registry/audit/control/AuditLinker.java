package org.guildhall.registry.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.registry.audit.entity.ChainAnchor;
import org.guildhall.registry.audit.entity.RecordContent;

/**
 * One round of the audit chain, over a JDBC connection in the caller's transaction: links the records not
 * yet linked, in id order, after the current head, then records an anchor of the head when one is due.
 * <p>
 * Several portal instances run rounds at once; a transaction-level advisory lock makes them take turns.
 * The transaction must be READ COMMITTED (PostgreSQL's default): every statement after the lock then sees
 * the links the previous holder committed. A record that commits late (with a lower id than records
 * already linked) is linked in a later round, at a later seq: the chain's order is seq, not id.
 * <p>
 * Only records of the last {@value #WINDOW_SQL} are looked at, which keeps a round cheap; a record that
 * commits later than that after its time stays unlinked, and the verifier reports it.
 * Times (the window, {@code linked_at}, {@code sealed_at}, whether an anchor is due) are the database's,
 * the same for every instance; those written are taken after the lock, so they grow with seq.
 */
public final class AuditLinker {

    /** The most records one round links. */
    public static final int MAX_PER_ROUND = 10_000;
    /** Key of the advisory lock of the audit chain: the ASCII bytes of "gh-audit". */
    public static final long LOCK_KEY = 0x67682d6175646974L;
    static final String WINDOW_SQL = "1 hour";

    static final String LOCK = "select pg_advisory_xact_lock(" + LOCK_KEY + ")";
    static final String HEAD = "select seq, link_hash from audit.audit_link order by seq desc limit 1";
    static final String UNLINKED = "select r.id, r.recorded_at, r.actor, r.context, r.action, r.subject, r.detail"
            + " from audit.audit_record r left join audit.audit_link l on l.record_id = r.id"
            + " where l.record_id is null and r.recorded_at > now() - interval '" + WINDOW_SQL + "'"
            + " order by r.id limit ?";
    static final String INSERT_LINK = "insert into audit.audit_link (seq, record_id, record_hash, link_hash, linked_at)"
            + " values (?, ?, ?, ?, clock_timestamp())";
    /** The head, if it is past the newest anchor and no anchor is younger than the given seconds. */
    static final String DUE_HEAD = "select l.seq, l.link_hash from audit.audit_link l"
            + " where l.seq = (select max(seq) from audit.audit_link)"
            + " and l.seq > coalesce((select max(seq) from audit.audit_anchor), 0)"
            + " and not exists (select 1 from audit.audit_anchor a"
            + " where a.sealed_at > clock_timestamp() - make_interval(secs => ?))";
    static final String INSERT_ANCHOR = "insert into audit.audit_anchor (seq, batch_id, sealed_at)"
            + " values (?, ?, clock_timestamp()) returning sealed_at";

    /** What a round did. */
    public record Round(int linked, long headSeq, Optional<Sealed> sealed) {
    }

    /** The anchor a round recorded. */
    public record Sealed(long seq, UUID batchId, String head, Instant sealedAt) {
    }

    private final int maxPerRound;
    private final Duration anchorInterval;

    /** @param anchorInterval how long at least between two anchors; zero anchors at every round that linked */
    public AuditLinker(int maxPerRound, Duration anchorInterval) {
        if (maxPerRound < 1) {
            throw new IllegalArgumentException("A round links at least one record");
        }
        this.maxPerRound = maxPerRound;
        this.anchorInterval = anchorInterval;
    }

    /** Runs one round in the connection's current transaction; the caller commits (or rolls back). */
    public Round run(Connection connection) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute(LOCK);
        }
        long seq = 0;
        String previous = AuditHashes.GENESIS;
        try (Statement query = connection.createStatement(); ResultSet head = query.executeQuery(HEAD)) {
            if (head.next()) {
                seq = head.getLong("seq");
                previous = head.getString("link_hash");
            }
        }
        List<RecordContent> unlinked = unlinked(connection);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LINK)) {
            for (RecordContent record : unlinked) {
                String recordHash = AuditHashes.recordHash(record);
                previous = AuditHashes.linkHash(previous, ++seq, recordHash);
                insert.setLong(1, seq);
                insert.setLong(2, record.id());
                insert.setString(3, recordHash);
                insert.setString(4, previous);
                insert.addBatch();
            }
            if (!unlinked.isEmpty()) {
                insert.executeBatch();
            }
        }
        return new Round(unlinked.size(), seq, anchorIfDue(connection));
    }

    private List<RecordContent> unlinked(Connection connection) throws SQLException {
        List<RecordContent> records = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(UNLINKED)) {
            query.setInt(1, maxPerRound);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    records.add(AuditChainReader.recordOf(rows));
                }
            }
        }
        return records;
    }

    private Optional<Sealed> anchorIfDue(Connection connection) throws SQLException {
        long seq;
        String head;
        try (PreparedStatement query = connection.prepareStatement(DUE_HEAD)) {
            query.setDouble(1, anchorInterval.toMillis() / 1000.0);
            try (ResultSet due = query.executeQuery()) {
                if (!due.next()) {
                    return Optional.empty();
                }
                seq = due.getLong("seq");
                head = due.getString("link_hash");
            }
        }
        UUID batchId = ChainAnchor.batchIdOf(seq);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ANCHOR)) {
            insert.setLong(1, seq);
            insert.setObject(2, batchId);
            try (ResultSet sealed = insert.executeQuery()) {
                sealed.next();
                return Optional.of(new Sealed(seq, batchId, head,
                        sealed.getObject("sealed_at", OffsetDateTime.class).toInstant()));
            }
        }
    }
}
