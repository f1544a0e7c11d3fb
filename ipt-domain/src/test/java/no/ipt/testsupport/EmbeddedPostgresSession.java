package no.ipt.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one embedded PostgreSQL 17 when a test JVM opens its JUnit session and stops it at the
 * end. The port is {@code ipt.test.pg.port} (0 picks a free one); integration tests pin it so that
 * the Payara process they start can be told where the database is.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    public static final String URL_PROPERTY = "ipt.test.db.url";

    private static EmbeddedPostgres postgres;

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        if (postgres != null || Boolean.getBoolean("ipt.test.pg.skip")) {
            return;
        }
        try {
            Path dir = Path.of(System.getProperty("ipt.test.pg.dir", "target/embedded-pg"));
            deleteRecursively(dir);
            Files.createDirectories(dir.getParent() == null ? Path.of(".") : dir.getParent());
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.getInteger("ipt.test.pg.port", 0))
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "200")
                    .start();
            System.setProperty(URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL for the tests", e);
        }
    }

    @Override
    public synchronized void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }

    /** The test database; fails when the session listener did not start it. */
    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            throw new IllegalStateException("No embedded PostgreSQL: is " + EmbeddedPostgresSession.class.getName()
                    + " registered as a LauncherSessionListener?");
        }
        return postgres.getPostgresDatabase();
    }

    public static String jdbcUrl() {
        return System.getProperty(URL_PROPERTY);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
