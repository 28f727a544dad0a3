package org.guildhall.registry.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.guildhall.registry.audit.entity.ChainAnchor;
import org.guildhall.registry.audit.entity.ChainFinding;
import org.guildhall.registry.audit.entity.ChainFinding.Kind;
import org.guildhall.registry.audit.entity.ChainVerification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit chain's tables as Flyway creates them, in a real PostgreSQL, and the linker's own SQL
 * ({@link AuditLinker}, {@link AuditChainReader}) run over plain JDBC as the portal runs it over its data
 * source: several linkers and writers at once, a late commit, tampering found by the verifier.
 */
class AuditChainingIT {

    private static final Duration NEVER_DUE = Duration.ofDays(1);
    private static EmbeddedPostgres postgres;
    private static DataSource data;

    @BeforeAll
    static void migratedAuditSchema() throws IOException {
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

    /** The tables refuse deletes; a replica session fires no triggers (the tampering tests use the same door). */
    @BeforeEach
    void noRecordsLinksNorAnchors() throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute("delete from audit.audit_anchor; delete from audit.audit_link; delete from audit.audit_record");
        }
    }

    @Test
    void migratesTheHashChainScript() throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
                ResultSet applied = s.executeQuery("select success from audit.flyway_schema_history where version = '2'")) {
            assertThat(applied.next()).isTrue();
            assertThat(applied.getBoolean("success")).isTrue();
        }
    }

    @Test
    void linksAndAnchorsRefuseUpdatesDeletesAndTruncation() throws SQLException {
        insertRecords(2);
        round(Duration.ZERO);
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            for (String change : List.of("update audit.audit_link set linked_at = now()",
                    "update audit.audit_link set link_hash = record_hash where seq = 2",
                    "delete from audit.audit_link where seq = 2",
                    "truncate audit.audit_link cascade",
                    "update audit.audit_anchor set sealed_at = now()",
                    "delete from audit.audit_anchor",
                    "truncate audit.audit_anchor",
                    "truncate audit.audit_record cascade")) {
                assertThatThrownBy(() -> s.execute(change)).as(change).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
            assertThat(count(c, "select count(*) from audit.audit_link")).isEqualTo(2);
            assertThat(count(c, "select count(*) from audit.audit_anchor")).isEqualTo(1);
        }
    }

    @Test
    void linksInIdOrderAfterTheHeadFromSeqOne() throws SQLException {
        List<Long> ids = insertRecords(3);

        AuditLinker.Round first = round(NEVER_DUE);
        List<Long> more = insertRecords(2);
        AuditLinker.Round second = round(NEVER_DUE);

        assertThat(first.linked()).isEqualTo(3);
        assertThat(first.headSeq()).isEqualTo(3);
        assertThat(second.linked()).isEqualTo(2);
        assertThat(second.headSeq()).isEqualTo(5);
        assertThat(linkedRecordsInSeqOrder()).containsExactly(ids.get(0), ids.get(1), ids.get(2), more.get(0), more.get(1));
        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void linksARecordThatCommitsLateAtALaterSeq() throws SQLException {
        try (Connection late = data.getConnection()) {
            late.setAutoCommit(false);
            long lateId = insertRecord(late, "late", null);
            long early = insertRecords(1).get(0);

            assertThat(round(NEVER_DUE).linked()).isEqualTo(1);
            late.commit();
            assertThat(round(NEVER_DUE).linked()).isEqualTo(1);

            assertThat(lateId).isLessThan(early);
            assertThat(linkedRecordsInSeqOrder()).containsExactly(early, lateId);
        }
        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void aSecondLinkerWaitsForTheFirstAndContinuesFromItsHead() throws Exception {
        long firstRecord = insertRecords(1).get(0);
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection first = data.getConnection()) {
            first.setAutoCommit(false);
            new AuditLinker(AuditLinker.MAX_PER_ROUND, NEVER_DUE).run(first);
            long secondRecord = insertRecords(1).get(0);

            Future<AuditLinker.Round> waiting = second.submit(() -> round(NEVER_DUE));
            assertThatThrownBy(() -> waiting.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            first.commit();

            AuditLinker.Round round = waiting.get(10, TimeUnit.SECONDS);
            assertThat(round.linked()).isEqualTo(1);
            assertThat(round.headSeq()).isEqualTo(2);
            assertThat(linkedRecordsInSeqOrder()).containsExactly(firstRecord, secondRecord);
        } finally {
            second.shutdownNow();
        }
    }

    @Test
    void anchorsTheHeadWhenNoneIsYoungerThanTheIntervalAndThereAreNewLinks() throws SQLException {
        insertRecords(2);
        AuditLinker.Round first = round(NEVER_DUE);
        String head = headHash();
        assertThat(first.sealed()).as("no anchor yet").hasValueSatisfying(anchor -> {
            assertThat(anchor.seq()).isEqualTo(2);
            assertThat(anchor.batchId()).isEqualTo(ChainAnchor.batchIdOf(2));
            assertThat(anchor.head()).isEqualTo(head);
        });

        insertRecords(1);
        assertThat(round(NEVER_DUE).sealed()).as("an anchor is younger than a day").isEmpty();
        assertThat(round(Duration.ZERO).sealed()).hasValueSatisfying(anchor -> assertThat(anchor.seq()).isEqualTo(3));
        assertThat(round(Duration.ZERO).sealed()).as("nothing linked since").isEmpty();
        try (Connection c = data.getConnection()) {
            assertThat(count(c, "select count(*) from audit.audit_anchor")).isEqualTo(2);
        }
        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void leavesARecordOlderThanTheWindowUnlinkedAndTheVerifierReportsIt() throws SQLException {
        long old;
        try (Connection c = data.getConnection()) {
            old = insertRecord(c, "backdated", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
        }

        assertThat(round(NEVER_DUE).linked()).isZero();
        assertThat(verify().findings()).extracting(ChainFinding::kind, ChainFinding::recordId)
                .containsExactly(Tuple.tuple(Kind.UNLINKED_RECORD, old));
    }

    @Test
    void eightWritersOneCommittingLateAndTwoLinkersEndWithEveryRecordLinkedOnceInContiguousSeqs() throws Exception {
        int writers = 8;
        int perWriter = 120;
        AtomicBoolean linking = new AtomicBoolean(true);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch lateBegun = new CountDownLatch(1);
        CountDownLatch othersDone = new CountDownLatch(writers - 1);
        long[] lateIds = new long[3];
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try {
            List<Future<?>> linkers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                // two portal instances: small rounds, anchoring at every round that links something
                linkers.add(pool.submit(() -> {
                    AuditLinker linker = new AuditLinker(37, Duration.ZERO);
                    while (linking.get()) {
                        try (Connection c = data.getConnection()) {
                            c.setAutoCommit(false);
                            linker.run(c);
                            c.commit();
                            Thread.sleep(5);
                        } catch (SQLException | RuntimeException e) {
                            failures.add(e);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }));
            }
            List<Future<?>> writing = new ArrayList<>();
            writing.add(pool.submit(() -> {
                try (Connection c = data.getConnection()) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < lateIds.length; i++) {
                        lateIds[i] = insertRecord(c, "late " + i, null);
                    }
                    lateBegun.countDown();
                    othersDone.await(60, TimeUnit.SECONDS);
                    waitUntilLinked((writers - 1) * perWriter);
                    c.commit();
                    c.setAutoCommit(true);
                    for (int i = lateIds.length; i < perWriter; i++) {
                        insertRecord(c, "writer 0 #" + i, null);
                    }
                }
                return null;
            }));
            for (int w = 1; w < writers; w++) {
                int writer = w;
                writing.add(pool.submit(() -> {
                    try (Connection c = data.getConnection()) {
                        lateBegun.await(30, TimeUnit.SECONDS);
                        c.setAutoCommit(false);
                        for (int i = 0; i < perWriter; i++) {
                            insertRecord(c, detail(writer, i), null);
                            if (i % 3 == 2) {
                                c.commit();
                            }
                        }
                        c.commit();
                    } finally {
                        othersDone.countDown();
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writing) {
                writer.get(120, TimeUnit.SECONDS);
            }
            waitUntilLinked(writers * perWriter);
            linking.set(false);
            for (Future<?> linker : linkers) {
                linker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            linking.set(false);
            pool.shutdownNow();
        }

        assertThat(failures).isEmpty();
        try (Connection c = data.getConnection()) {
            int total = writers * perWriter;
            assertThat(count(c, "select count(*) from audit.audit_record")).isEqualTo(total);
            assertThat(count(c, "select count(*) from audit.audit_link")).isEqualTo(total);
            assertThat(count(c, "select count(distinct record_id) from audit.audit_link")).isEqualTo(total);
            assertThat(count(c, "select min(seq) from audit.audit_link")).isEqualTo(1);
            assertThat(count(c, "select max(seq) from audit.audit_link")).isEqualTo(total);
            assertThat(count(c, "select count(*) from audit.audit_anchor")).isPositive();
            // the late records took seqs after records with higher ids
            assertThat(count(c, "select min(seq) from audit.audit_link where record_id = " + lateIds[0]))
                    .isGreaterThan(count(c, "select min(seq) from audit.audit_link where record_id > " + lateIds[2]));
        }
        ChainVerification verification = verify();
        assertThat(verification.findings()).isEmpty();
        assertThat(verification.notYetLinked()).isZero();
        assertThat(verification.links()).isEqualTo(writers * perWriter);
    }

    @Test
    void findsARecordChangedBehindTheTriggersBack() throws SQLException {
        List<Long> ids = insertRecords(5);
        round(Duration.ZERO);
        long tampered = ids.get(2);
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            assertThat(s.executeUpdate("update audit.audit_record set detail = 'x' where id = " + tampered)).isEqualTo(1);
            s.execute("set session_replication_role = origin");
        }

        assertThat(verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.RECORD_CHANGED);
            assertThat(finding.recordId()).isEqualTo(tampered);
            assertThat(finding.seq()).isEqualTo(3);
            assertThat(finding.message()).contains("Record " + tampered);
        });
    }

    @Test
    void findsARecordDeletedBehindTheTriggersBack() throws SQLException {
        List<Long> ids = insertRecords(3);
        round(NEVER_DUE);
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.executeUpdate("delete from audit.audit_record where id = " + ids.get(1));
        }

        assertThat(verify().findings()).extracting(ChainFinding::kind, ChainFinding::recordId)
                .containsExactly(Tuple.tuple(Kind.RECORD_MISSING, ids.get(1)));
    }

    /** One round in its own transaction, as the portal runs it. */
    private static AuditLinker.Round round(Duration anchorInterval) throws SQLException {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            AuditLinker.Round round = new AuditLinker(AuditLinker.MAX_PER_ROUND, anchorInterval).run(c);
            c.commit();
            return round;
        }
    }

    private static ChainVerification verify() throws SQLException {
        try (Connection c = data.getConnection()) {
            AuditChainReader.Contents chain = AuditChainReader.read(c);
            return AuditChainVerifier.verify(chain.records(), chain.links(), chain.anchors(), Instant.now(),
                    Duration.ofMinutes(5));
        }
    }

    private static List<Long> insertRecords(int n) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = data.getConnection()) {
            for (int i = 0; i < n; i++) {
                ids.add(insertRecord(c, detail(0, i), null));
            }
        }
        return ids;
    }

    /** Varied details: text in several scripts, empty, absent. */
    private static String detail(int writer, int i) {
        return switch (i % 4) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "深圳金融科技实验室 — Zürich #" + writer;
            default -> "writer " + writer + " record " + i;
        };
    }

    /** A record as AuditTrail writes it: its time from the application (null: now, to the nanosecond it has). */
    private static long insertRecord(Connection c, String detail, OffsetDateTime at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into audit.audit_record"
                + " (recorded_at, actor, context, action, subject, detail) values (?, ?, ?, ?, ?, ?) returning id")) {
            insert.setObject(1, at != null ? at : OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(2, "admin");
            insert.setString(3, "registry");
            insert.setString(4, "organisation.approved");
            insert.setString(5, "42");
            insert.setString(6, detail);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static List<Long> linkedRecordsInSeqOrder() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select record_id from audit.audit_link order by seq")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static String headHash() throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
                ResultSet head = s.executeQuery("select link_hash from audit.audit_link order by seq desc limit 1")) {
            head.next();
            return head.getString(1);
        }
    }

    private static void waitUntilLinked(long links) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection c = data.getConnection()) {
            while (count(c, "select count(*) from audit.audit_link") < links) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Fewer than " + links + " links after 60 s");
                }
                Thread.sleep(20);
            }
        }
    }

    private static long count(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
