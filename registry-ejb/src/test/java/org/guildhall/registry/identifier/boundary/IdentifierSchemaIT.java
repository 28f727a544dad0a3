package org.guildhall.registry.identifier.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The identifier tables as Flyway creates them, in a real PostgreSQL, and the rules their constraints keep. */
class IdentifierSchemaIT {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String OWNER = "did:guild:cnbj:7Fz2Hk6vXcQ3pW9tYbL1aS";
    private static final String SHA = "ab".repeat(32);
    private static EmbeddedPostgres postgres;
    private static DataSource data;

    @BeforeAll
    static void migratedRegistryWithADomainAndADid() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        data = postgres.getPostgresDatabase();
        for (String schema : List.of("audit", "registry")) {
            Flyway.configure().dataSource(data).schemas(schema).createSchemas(true).table("flyway_schema_history")
                    .locations("classpath:db/migration/" + schema).validateMigrationNaming(true).load().migrate();
        }
        UUID organisation = UUID.randomUUID();
        try (Connection c = data.getConnection()) {
            execute(c, "insert into registry.organisation (id, name, kind, jurisdiction, contact_name, contact_email, status,"
                    + " applied_by, applied_at) values (?, 'Beijing', 'GOVERNMENT', 'CN', 'Li', 'li@example.org', 'APPROVED',"
                    + " 'li', ?)", organisation, Timestamp.from(T0));
            for (String[] domain : new String[][] {{"root", null}, {"cnbj", "root"}, {"cnsh", "root"}}) {
                execute(c, "insert into registry.domain (code, parent_code, name_en, name_zh, governed_by, status, quota,"
                        + " created_at, changed_at) values (?, ?, ?, ?, ?, 'ACTIVE', 10, ?, ?)", domain[0], domain[1],
                        domain[0], domain[0], organisation, Timestamp.from(T0), Timestamp.from(T0));
            }
            execute(c, "insert into registry.did (did, domain_code, status, current_version, created_at, updated_at,"
                    + " registered_by) values (?, 'cnbj', 'ACTIVE', 1, ?, ?, 'registrar1')", OWNER, Timestamp.from(T0),
                    Timestamp.from(T0));
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void noIdentifiers() throws SQLException {
        try (Connection c = data.getConnection()) {
            c.createStatement().execute("delete from registry.identifier_version; delete from registry.identifier");
        }
    }

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void identifier(String handle, String domain, String kind, String owner, String status)
            throws SQLException {
        try (Connection c = data.getConnection()) {
            execute(c, "insert into registry.identifier (handle, domain_code, kind, owner_did, status, current_version,"
                    + " created_at, updated_at, registered_by) values (?, ?, ?, ?, ?, 1, ?, ?, 'registrar1')", handle, domain,
                    kind, owner, status, Timestamp.from(T0), Timestamp.from(T0));
        }
    }

    private static void version(String handle, int versionId, String operation, String sha) throws SQLException {
        try (Connection c = data.getConnection()) {
            execute(c, "insert into registry.identifier_version (handle, version_id, operation, content, content_sha256,"
                    + " version_time, submitted_by) values (?, ?, ?, '{}', ?, ?, 'registrar1')", handle, versionId, operation,
                    sha, Timestamp.from(T0));
        }
    }

    @Test
    void takesAnIdentifierWithItsVersions() throws SQLException {
        identifier("cnbj/products/4711", "cnbj", "PRODUCT", OWNER, "ACTIVE");
        version("cnbj/products/4711", 1, "REGISTER", SHA);
        version("cnbj/products/4711", 2, "UPDATE", SHA);
        version("cnbj/products/4711", 3, "WITHDRAW", SHA);
    }

    @Test
    void refusesAHandleWhosePrefixIsNotItsDomain() {
        assertThatThrownBy(() -> identifier("cnsh/4711", "cnbj", "PRODUCT", OWNER, "ACTIVE"))
                .isInstanceOf(SQLException.class).hasMessageContaining("identifier_prefix_ck");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cnbj/", "cnbj//a", "cnbj/a/", "cnbj/a b", "cnbj/ä"})
    void refusesAHandleOutsideTheSyntax(String handle) {
        assertThatThrownBy(() -> identifier(handle, "cnbj", "PRODUCT", OWNER, "ACTIVE"))
                .isInstanceOf(SQLException.class).hasMessageContaining("identifier_handle_ck");
    }

    @Test
    void refusesAnOwnerThatIsNoDidOfTheRegistry() {
        assertThatThrownBy(() -> identifier("cnbj/4711", "cnbj", "PRODUCT", "did:guild:cnbj:unknown", "ACTIVE"))
                .isInstanceOf(SQLException.class).hasMessageContaining("owner_did");
    }

    @Test
    void refusesAnUnknownKindOrStatus() {
        assertThatThrownBy(() -> identifier("cnbj/4711", "cnbj", "CAR", OWNER, "ACTIVE")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> identifier("cnbj/4711", "cnbj", "PRODUCT", OWNER, "DELETED")).isInstanceOf(SQLException.class);
    }

    @Test
    void handlesAreUniqueAndCaseSensitive() throws SQLException {
        identifier("cnbj/Asset", "cnbj", "DIGITAL_ASSET", OWNER, "ACTIVE");
        identifier("cnbj/asset", "cnbj", "DIGITAL_ASSET", OWNER, "ACTIVE");

        assertThatThrownBy(() -> identifier("cnbj/asset", "cnbj", "DIGITAL_ASSET", OWNER, "ACTIVE"))
                .isInstanceOf(SQLException.class).hasMessageContaining("identifier_pkey");
    }

    @Test
    void onlyTheFirstVersionIsTheRegistration() throws SQLException {
        identifier("cnbj/4711", "cnbj", "PRODUCT", OWNER, "ACTIVE");

        assertThatThrownBy(() -> version("cnbj/4711", 1, "UPDATE", SHA)).isInstanceOf(SQLException.class)
                .hasMessageContaining("identifier_version_register_ck");
        assertThatThrownBy(() -> version("cnbj/4711", 2, "REGISTER", SHA)).isInstanceOf(SQLException.class)
                .hasMessageContaining("identifier_version_register_ck");
    }

    @Test
    void refusesAVersionTwiceOrWithAMalformedHash() throws SQLException {
        identifier("cnbj/4711", "cnbj", "PRODUCT", OWNER, "ACTIVE");
        version("cnbj/4711", 1, "REGISTER", SHA);

        assertThatThrownBy(() -> version("cnbj/4711", 1, "REGISTER", SHA)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> version("cnbj/4711", 2, "UPDATE", SHA.toUpperCase())).isInstanceOf(SQLException.class);
        assertThat(SHA).hasSize(64);
    }
}
