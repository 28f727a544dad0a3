package org.guildhall.chainbridge.reconciliation.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.chainbridge.reconciliation.entity.Difference;
import org.guildhall.chainbridge.reconciliation.entity.ReconciliationStatus;
import org.guildhall.chainbridge.reconciliation.entity.ReconciliationStatus.OpenDifference;

/** Keeps reconciliation's findings: a difference opens when first seen and is resolved by the first run without it. */
public final class DifferenceLedger {

    private DifferenceLedger() {
    }

    /** Records one run's differences: new ones open, seen ones are touched, the rest are resolved. */
    public static void record(Connection c, List<Difference> seen, String instance, int events, int entries, Instant at)
            throws SQLException {
        Timestamp now = Timestamp.from(at);
        try (PreparedStatement upsert = c.prepareStatement("insert into chainbridge.reconciliation_difference"
                + " (kind, contract, item_id, expected, found, first_seen_at, last_seen_at) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (contract, item_id, kind) where resolved_at is null"
                + " do update set last_seen_at = excluded.last_seen_at, expected = excluded.expected, found = excluded.found")) {
            for (Difference d : seen) {
                upsert.setString(1, d.kind().name());
                upsert.setString(2, d.contract());
                upsert.setString(3, d.itemId());
                upsert.setString(4, d.expected());
                upsert.setString(5, d.found());
                upsert.setTimestamp(6, now);
                upsert.setTimestamp(7, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        try (PreparedStatement resolve = c.prepareStatement("update chainbridge.reconciliation_difference"
                + " set resolved_at = ? where resolved_at is null and last_seen_at < ?")) {
            resolve.setTimestamp(1, now);
            resolve.setTimestamp(2, now);
            resolve.executeUpdate();
        }
        run(c, instance, events, entries, seen.size(), null, at);
    }

    /** A run that could not finish: the differences stay as they were. */
    public static void failed(Connection c, String instance, String error, Instant at) throws SQLException {
        run(c, instance, 0, 0, 0, error.length() > 2000 ? error.substring(0, 2000) : error, at);
    }

    public static ReconciliationStatus status(Connection c) throws SQLException {
        List<OpenDifference> open = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("select id, kind, contract, item_id, expected, found,"
                + " first_seen_at, last_seen_at from chainbridge.reconciliation_difference where resolved_at is null"
                + " order by first_seen_at, id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                open.add(new OpenDifference(rows.getLong(1), new Difference(Difference.Kind.valueOf(rows.getString(2)),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)),
                        rows.getTimestamp(7).toInstant(), rows.getTimestamp(8).toInstant()));
            }
        }
        try (PreparedStatement query = c.prepareStatement("select ran_at, events, entries, error"
                + " from chainbridge.reconciliation_run order by id desc limit 1");
             ResultSet rows = query.executeQuery()) {
            if (rows.next()) {
                return new ReconciliationStatus(open, rows.getTimestamp(1).toInstant(), rows.getInt(2), rows.getInt(3),
                        rows.getString(4));
            }
        }
        return new ReconciliationStatus(open, null, 0, 0, null);
    }

    private static void run(Connection c, String instance, int events, int entries, int differences, String error,
                            Instant at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into chainbridge.reconciliation_run"
                + " (ran_at, instance, events, entries, differences, error) values (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, instance.length() > 200 ? instance.substring(0, 200) : instance);
            insert.setInt(3, events);
            insert.setInt(4, entries);
            insert.setInt(5, differences);
            insert.setString(6, error);
            insert.executeUpdate();
        }
    }
}
