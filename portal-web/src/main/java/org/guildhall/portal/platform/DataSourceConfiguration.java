package org.guildhall.portal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of every context. Its settings come from MicroProfile Config
 * ({@code guildhall.db.url}, {@code guildhall.db.user}, {@code guildhall.db.password}; from the
 * environment as {@code GUILDHALL_DB_URL} and so on).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/guildhall",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=guildhall.db.url}",
        user = "${MPCONFIG=guildhall.db.user}",
        password = "${MPCONFIG=guildhall.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "stringType=unspecified",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfiguration {
}
