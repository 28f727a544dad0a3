package org.guildhall.registry.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guildhall.registry.audit.entity.ChainAnchor;
import org.guildhall.registry.audit.entity.ChainLink;
import org.guildhall.registry.audit.entity.RecordContent;

/**
 * Reads the whole audit chain over JDBC, for {@link AuditChainVerifier}: anchors first, then links, then
 * records, so that (each statement seeing what was committed when it began) every anchor read has its
 * link and every link read has its record, even while the linker and writers go on.
 */
public final class AuditChainReader {

    static final String ANCHORS = "select seq, batch_id from audit.audit_anchor order by seq";
    static final String LINKS = "select seq, record_id, record_hash, link_hash from audit.audit_link order by seq";
    static final String RECORDS = "select id, recorded_at, actor, context, action, subject, detail"
            + " from audit.audit_record order by id";
    private static final int FETCH_SIZE = 10_000;

    /** The chain as read. */
    public record Contents(List<RecordContent> records, List<ChainLink> links, List<ChainAnchor> anchors) {
    }

    private AuditChainReader() {
    }

    public static Contents read(Connection connection) throws SQLException {
        List<ChainAnchor> anchors = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(ANCHORS); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                anchors.add(ChainAnchor.stored(rows.getLong("seq"), rows.getObject("batch_id", UUID.class)));
            }
        }
        List<ChainLink> links = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(LINKS)) {
            query.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    links.add(new ChainLink(rows.getLong("seq"), rows.getLong("record_id"), rows.getString("record_hash"),
                            rows.getString("link_hash")));
                }
            }
        }
        List<RecordContent> records = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(RECORDS)) {
            query.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    records.add(recordOf(rows));
                }
            }
        }
        return new Contents(records, links, anchors);
    }

    /** A record from a row with the columns of {@link #RECORDS}; its time exactly as stored. */
    static RecordContent recordOf(ResultSet row) throws SQLException {
        return new RecordContent(row.getLong("id"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("context"), row.getString("action"), row.getString("subject"),
                row.getString("detail"));
    }
}
