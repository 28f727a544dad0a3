package org.guildhall.chainbridge.leadership.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.flywaydb.core.Flyway;
import org.guildhall.chainbridge.leadership.control.Leadership.Change;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bridge's leadership on a real PostgreSQL with the bridge's own migrations: one leader at a time, a new
 * epoch at each takeover, and the lock free again the moment the leader's session ends (a killed process).
 */
class AdvisoryLockIT {

    private static EmbeddedPostgres postgres;
    private static LeaderSettings settings;

    private Leadership first;
    private Leadership second;

    @BeforeAll
    static void migratedBridgeSchema() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("chainbridge").createSchemas(true)
                .locations("classpath:db/migration/chainbridge").load().migrate();
        settings = new LeaderSettings();
        settings.url = postgres.getJdbcUrl("postgres", "postgres");
        settings.user = Optional.of("postgres");
        settings.password = Optional.empty();
        settings.checkMs = 200;
        settings.idleTimeoutSeconds = 3;
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void releaseBoth() {
        if (first != null) {
            first.release();
        }
        if (second != null) {
            second.release();
        }
    }

    @Test
    void oneLeaderAtATimeAndTheOtherTakesOverWhenItLetsGo() throws SQLException {
        LeaderEpoch firstEpoch = new LeaderEpoch();
        LeaderEpoch secondEpoch = new LeaderEpoch();
        first = new Leadership(settings, firstEpoch, "first");
        second = new Leadership(settings, secondEpoch, "second");
        long before = epochInDatabase();

        assertThat(first.tick()).isEqualTo(Change.ACQUIRED);
        assertThat(second.tick()).isEqualTo(Change.NONE);
        assertThat(first.tick()).as("still held").isEqualTo(Change.NONE);
        assertThat(firstEpoch.current()).hasValue(before + 1);
        assertThat(secondEpoch.current()).isEmpty();
        assertThat(leaderInDatabase()).isEqualTo("first");

        first.release();
        assertThat(firstEpoch.current()).isEmpty();
        assertThat(second.tick()).isEqualTo(Change.ACQUIRED);
        assertThat(secondEpoch.current()).hasValue(before + 2);
        assertThat(leaderInDatabase()).isEqualTo("second");
        assertThat(first.tick()).isEqualTo(Change.NONE);
    }

    @Test
    void theLockIsFreeOnceTheLeadersSessionEndsAndTheOldLeaderNoticesItLostIt() throws SQLException {
        LeaderEpoch firstEpoch = new LeaderEpoch();
        first = new Leadership(settings, firstEpoch, "first");
        second = new Leadership(settings, new LeaderEpoch(), "second");
        assertThat(first.tick()).isEqualTo(Change.ACQUIRED);

        // what a kill -9 does to the leader's socket, seen from the server: its session is gone
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where application_name = 'guildhall-bridge-leader'");
        }
        long start = System.nanoTime();
        await(() -> second.tick() == Change.ACQUIRED, Duration.ofSeconds(2));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

        assertThat(first.tick()).isEqualTo(Change.LOST);
        assertThat(firstEpoch.current()).as("fenced: it holds no epoch").isEmpty();
        assertThat(first.tick()).as("and cannot take the lock back").isEqualTo(Change.NONE);
    }

    @Test
    void aSilentLeaderLosesItsSessionToTheIdleTimeout() throws Exception {
        first = new Leadership(settings, new LeaderEpoch(), "first");
        second = new Leadership(settings, new LeaderEpoch(), "second");
        assertThat(first.tick()).isEqualTo(Change.ACQUIRED);

        // the first leader is paused (no heartbeat): after idle_session_timeout its session and lock are gone
        await(() -> second.tick() == Change.ACQUIRED, Duration.ofSeconds(10));
        assertThat(first.tick()).isEqualTo(Change.LOST);
    }

    private static long epochInDatabase() throws SQLException {
        return Long.parseLong(single("select epoch from chainbridge.bridge_leader"));
    }

    private static String leaderInDatabase() throws SQLException {
        return single("select instance from chainbridge.bridge_leader");
    }

    private static String single(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             ResultSet result = c.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Not within " + timeout);
    }
}
