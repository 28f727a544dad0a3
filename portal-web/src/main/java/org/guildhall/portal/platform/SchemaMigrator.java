package org.guildhall.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema of every context with Flyway before anything else starts (other start-up
 * beans declare {@code @DependsOn("SchemaMigrator")}). Each context owns one PostgreSQL schema and
 * its scripts under {@code db/migration/<schema>} in its own module; each has its own history table.
 */
@Singleton(name = "SchemaMigrator")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    /** In dependency order: the audit trail and the registry first. */
    static final List<String> SCHEMAS = List.of("audit", "registry", "proposals", "onboarding", "chainbridge");
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/guildhall")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        for (String schema : SCHEMAS) {
            MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations("classpath:db/migration/" + schema)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            LOG.info(() -> "Schema " + schema + " at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
        }
    }
}
