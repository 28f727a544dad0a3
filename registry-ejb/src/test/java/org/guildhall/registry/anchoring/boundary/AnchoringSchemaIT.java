package org.guildhall.registry.anchoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The anchoring tables as Flyway creates them (the registry's own scripts, in a real PostgreSQL), and
 * the row locking that lets two portal instances seal at once: each pending leaf goes to one sealer.
 */
class AnchoringSchemaIT {

    private static EmbeddedPostgres postgres;
    private static DataSource data;

    @BeforeAll
    static void migratedRegistrySchema() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        data = postgres.getPostgresDatabase();
        for (String schema : List.of("audit", "registry")) {
            Flyway.configure().dataSource(data).schemas(schema).createSchemas(true).table("flyway_schema_history")
                    .locations("classpath:db/migration/" + schema).validateMigrationNaming(true).load().migrate();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void noLeavesNorBatches() throws SQLException {
        try (Connection c = data.getConnection()) {
            c.createStatement().execute("delete from registry.anchor_leaf; delete from registry.anchor_batch");
        }
    }

    @Test
    void twoSealersAtOnceTakeDisjointLeavesOldestFirstWithoutWaiting() throws SQLException {
        List<Long> ids = insertLeaves(7);
        try (Connection first = transaction(); Connection second = transaction()) {
            List<Long> firstTakes = lockPending(first, 3);
            List<Long> secondTakes = lockPending(second, 10);

            assertThat(firstTakes).containsExactlyElementsOf(ids.subList(0, 3));
            assertThat(secondTakes).containsExactlyElementsOf(ids.subList(3, 7));
            first.rollback();
            second.rollback();
        }
    }

    @Test
    void aSealedLeafIsNoLongerPending() throws SQLException {
        List<Long> ids = insertLeaves(3);
        UUID batch = UUID.randomUUID();
        try (Connection c = transaction()) {
            // the leaves' positions first, then their batch: the foreign key is checked at commit
            place(c, ids.get(0), batch, 0);
            place(c, ids.get(1), batch, 1);
            insertBatch(c, batch, 2);
            c.commit();
        }
        try (Connection c = transaction()) {
            assertThat(lockPending(c, 10)).containsExactly(ids.get(2));
            c.rollback();
        }
    }

    @Test
    void aLeafInABatchThatWasNeverWrittenDoesNotCommit() throws SQLException {
        List<Long> ids = insertLeaves(1);
        try (Connection c = transaction()) {
            place(c, ids.get(0), UUID.randomUUID(), 0);
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("anchor_leaf_batch_id_fkey");
        }
    }

    @Test
    void aVersionOfASubjectIsAnchoredOnceAndAPositionIsTakenOnce() throws SQLException {
        try (Connection c = data.getConnection()) {
            insertLeaf(c, "did:guildhall:a", "1");
            assertThatThrownBy(() -> insertLeaf(c, "did:guildhall:a", "1")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("anchor_leaf_subject_version_key");
            long second = insertLeaf(c, "did:guildhall:a", "2");
            long third = insertLeaf(c, "did:guildhall:b", "1");
            UUID batch = UUID.randomUUID();
            insertBatch(c, batch, 2);
            place(c, second, batch, 0);
            assertThatThrownBy(() -> place(c, third, batch, 0)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("anchor_leaf_position_uk");
        }
    }

    @Test
    void aLeafHasABatchAndAPositionOrNeitherAndHashesAreLowerCaseHex() throws SQLException {
        try (Connection c = data.getConnection()) {
            long leaf = insertLeaf(c, "did:guildhall:c", "1");
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "update registry.anchor_leaf set leaf_index = 0 where id = " + leaf)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "update registry.anchor_leaf set leaf_hash = upper(leaf_hash) where id = " + leaf))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static Connection transaction() throws SQLException {
        Connection c = data.getConnection();
        c.setAutoCommit(false);
        c.createStatement().execute("set lock_timeout = '2s'");
        return c;
    }

    /** The sealer's own query, as RegistryAnchoring runs it (JPA positional parameter ?1 as JDBC's ?). */
    private static List<Long> lockPending(Connection c, int max) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(RegistryAnchoring.LOCK_PENDING.replace("?1", "?"))) {
            query.setInt(1, max);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong("id"));
                }
            }
            return ids;
        }
    }

    private static List<Long> insertLeaves(int n) throws SQLException {
        String subject = "did:guildhall:" + UUID.randomUUID();
        List<Long> ids = new ArrayList<>();
        try (Connection c = data.getConnection()) {
            for (int i = 0; i < n; i++) {
                ids.add(insertLeaf(c, subject, Integer.toString(i)));
            }
        }
        return ids;
    }

    private static long insertLeaf(Connection c, String subject, String version) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into registry.anchor_leaf"
                + " (subject, version, content_sha256, leaf_hash, created_at) values (?, ?, ?, ?, ?) returning id")) {
            insert.setString(1, subject);
            insert.setString(2, version);
            insert.setString(3, hex(subject + version));
            insert.setString(4, hex("leaf" + subject + version));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static void insertBatch(Connection c, UUID batch, int size) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into registry.anchor_batch (id, root, size, sealed_at) values (?, ?, ?, ?)")) {
            insert.setObject(1, batch);
            insert.setString(2, hex(batch.toString()));
            insert.setInt(3, size);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static void place(Connection c, long leaf, UUID batch, int index) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "update registry.anchor_leaf set batch_id = ?, leaf_index = ? where id = ?")) {
            update.setObject(1, batch);
            update.setInt(2, index);
            update.setLong(3, leaf);
            update.executeUpdate();
        }
    }

    private static String hex(String seed) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
