package no.ipt.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's PostgreSQL DataSource, container-managed and non-XA: JPA and the process engine
 * get the same connection inside one JTA transaction. URL, user and password come from MicroProfile
 * Config (environment {@code IPT_DB_URL}, {@code IPT_DB_USER}, {@code IPT_DB_PASSWORD}, or the
 * matching system properties); Payara resolves the {@code ${MPCONFIG=...}} references at deployment.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/ipt",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=ipt.db.url}",
        user = "${MPCONFIG=ipt.db.user}",
        password = "${MPCONFIG=ipt.db.password}",
        transactional = true,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
public class DataSourceConfiguration {
}
