package org.guildhall.chainbridge.leadership.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * A PostgreSQL session-level advisory lock held on a dedicated connection, outside any pool (a pool could hand
 * the connection to someone else, or close it, and with it the lock). The lock lasts as long as the session: a
 * killed process closes its socket and PostgreSQL frees the lock at once; a paused one loses its session to
 * {@code idle_session_timeout}. A pooler in transaction mode (PgBouncer) would break this: connect directly.
 */
public final class AdvisoryLock implements AutoCloseable {

    /** The bridge's lock key, "guildbr" in ASCII. */
    public static final long BRIDGE_KEY = 0x6775696c646272L;

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * Takes the lock if it is free, without waiting.
     *
     * @param idleTimeoutSeconds how long the session may stay silent before PostgreSQL ends it (and frees the lock)
     * @return the held lock, or empty when another session holds it
     * @throws SQLException when the database cannot be reached
     */
    public static Optional<AdvisoryLock> tryAcquire(String url, String user, String password, long key,
                                                    int idleTimeoutSeconds) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", Integer.toString(Math.max(5, idleTimeoutSeconds)));
        properties.setProperty("ApplicationName", "guildhall-bridge-leader");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL URL: " + url);
        }
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set idle_session_timeout = '" + Math.max(1, idleTimeoutSeconds) + "s'");
            }
            try (PreparedStatement take = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                take.setLong(1, key);
                try (ResultSet result = take.executeQuery()) {
                    result.next();
                    if (!result.getBoolean(1)) {
                        connection.close();
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(new AdvisoryLock(connection, key));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Whether this session still holds the lock; false when the session is gone (also the heartbeat). */
    public boolean stillHeld() {
        try (PreparedStatement check = connection.prepareStatement("select count(*) from pg_locks where"
                + " locktype = 'advisory' and pid = pg_backend_pid() and granted"
                + " and ((classid::bigint << 32) | objid::bigint) = ?")) {
            check.setLong(1, key);
            try (ResultSet result = check.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Records this instance as the leader with the next epoch, on the lock's own session.
     *
     * @return the new epoch
     */
    public long takeOver(String instance) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update chainbridge.bridge_leader"
                + " set epoch = epoch + 1, instance = ?, acquired_at = now() where name = 'chainbridge' returning epoch")) {
            update.setString(1, instance.length() > 200 ? instance.substring(0, 200) : instance);
            try (ResultSet result = update.executeQuery()) {
                if (!result.next()) {
                    throw new SQLException("No bridge_leader row: is the chainbridge schema migrated?");
                }
                return result.getLong(1);
            }
        }
    }

    /** Ends the session, which frees the lock. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the session is gone either way
        }
    }
}
