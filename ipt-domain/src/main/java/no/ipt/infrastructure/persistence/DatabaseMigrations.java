package no.ipt.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the {@code ipt} schema up to date with the Flyway migrations under
 * {@code db/migration/ipt}. Camunda owns its own tables in the default schema; keeping ours in a
 * schema of their own keeps the two histories apart.
 */
public final class DatabaseMigrations {

    public static final String SCHEMA = "ipt";

    private DatabaseMigrations() {
    }

    /**
     * Checks that the database answers, then migrates. A database that cannot be reached gives one
     * {@link DatabaseUnavailableException} naming the URL instead of a pile of pool errors later.
     */
    public static MigrateResult migrate(DataSource dataSource, String describedUrl) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(5)) {
                throw new DatabaseUnavailableException(describedUrl, "connection is not valid");
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(describedUrl, rootMessage(e));
        }
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration/ipt")
                // features take numbered ranges (V60s users, V90 plan tenants …), so a later feature's
                // V65 arrives after V90 is applied: a kept ./data/pg must still take it
                .outOfOrder(true)
                .load()
                .migrate();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
