package org.guildhall.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** A real PostgreSQL (zonky binaries) whose data persists under {@code $GUILDHALL_HOME/postgres}. */
final class EmbeddedDatabase implements AutoCloseable {

    private static final String DATABASE = "guildhall";
    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static EmbeddedDatabase start(DevSettings settings) throws IOException, SQLException {
        Ports.requireFree(settings.dbPort(), "GUILDHALL_EMBEDDED_DB_PORT");
        Path data = settings.home().resolve("postgres");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(settings.dbPort())
                .setServerConfig("max_connections", "100")
                // PostgreSQL's own default (zonky turns it off): a ballot receipt or an outbox entry promises that the
                // row survives a crash, so commits wait for the WAL flush as in any production set-up.
                .setServerConfig("synchronous_commit", "on")
                .start();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + settings.dbPort() + "/postgres", "postgres", "postgres")) {
            boolean exists;
            try (var query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                query.setString(1, DATABASE);
                exists = query.executeQuery().next();
            }
            if (!exists) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE);
                }
            }
        }
        System.out.println("PostgreSQL (embedded) on 127.0.0.1:" + settings.dbPort() + ", data in " + data);
        return new EmbeddedDatabase(postgres, settings.dbPort());
    }

    Map<String, String> environment() {
        return Map.of("GUILDHALL_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE,
                "GUILDHALL_DB_USER", "postgres",
                "GUILDHALL_DB_PASSWORD", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
