package org.guildhall.it.dsl;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.devstack.PortalProcess;

/**
 * Portal instances of a test's own, beside the Arquillian one: a database of their own in the test PostgreSQL
 * and a transaction key of their own in the test token, on the same chain, so that nothing else shares their
 * nonces or their contracts. The caller closes it, which stops every instance.
 */
public final class OwnPortals implements AutoCloseable {

    private final String url;
    private final Map<String, String> env;
    private final List<PortalProcess> instances = new ArrayList<>();

    private OwnPortals(String url, Map<String, String> env) {
        this.url = url;
        this.env = env;
    }

    /** A fresh database named {@code <prefix>_<random>}; {@code settings} are added to the instances' environment. */
    public static OwnPortals onNewDatabase(String prefix, Map<String, String> settings) throws SQLException {
        String database = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        String base = System.getenv("GUILDHALL_DB_URL");
        try (Connection c = connect(base); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        String url = base.substring(0, base.lastIndexOf('/') + 1) + database;
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("GUILDHALL_DB_URL", url);
        env.put("GUILDHALL_DEMO_ENABLED", "false");
        env.put("GUILDHALL_HSM_TX_KEY_ALIAS", prefix + "-tx");
        env.put("GUILDHALL_HSM_CREATE_MISSING_KEYS", "true");
        env.put("GUILDHALL_CHAIN_POLL_INTERVAL_MS", "200");
        env.putAll(settings);
        return new OwnPortals(url, env);
    }

    /** Starts an instance; {@link PortalProcess#awaitLive()} waits for it. */
    public PortalProcess launch(String name) throws IOException {
        PortalProcess instance = PortalProcess.instance(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("guildhall.war")), Path.of("target", "own-portals").toAbsolutePath(),
                name, freePort(), env);
        instances.add(instance);
        return instance;
    }

    /** The instances' environment, as a command-line tool run against their database would have it. */
    public Map<String, String> environment() {
        return Map.copyOf(env);
    }

    public Connection connect() throws SQLException {
        return connect(url);
    }

    /** The first column of the first row of {@code sql}, as text; null if there is no row or the table is not there. */
    public String single(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException notYetMigrated) {
            return null;
        }
    }

    public long countEntries(String status) {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("select count(*) from chainbridge.outbox_entry where status = ?")) {
            s.setString(1, status);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (PortalProcess instance : instances) {
            instance.close();
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv().getOrDefault("GUILDHALL_DB_USER", "postgres"),
                System.getenv().getOrDefault("GUILDHALL_DB_PASSWORD", "postgres"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
