package no.ipt.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.ipt.application.demo.DemoData;
import no.ipt.application.demo.DemoUsers;
import no.ipt.infrastructure.persistence.DatabaseMigrations;
import no.ipt.infrastructure.persistence.DatabaseUnavailableException;
import no.ipt.workflow.engine.ProcessEngineBootstrap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/ipt")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "ipt.db.url", defaultValue = "(ipt.db.url not set)")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "ipt.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    ProcessEngineBootstrap engine;

    @Inject
    DemoData demo;

    @Inject
    no.ipt.application.pilots.PilotApplicationService pilots;

    @Inject
    DemoUsers demoUsers;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            var result = DatabaseMigrations.migrate(dataSource, databaseUrl);
            LOG.info(() -> result.migrationsExecuted == 0 ? "Domain schema is up to date"
                    : "Domain schema migrated to version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migration(s) run)");
        } catch (DatabaseUnavailableException e) {
            // One line that says what to fix; the deployment fails with it.
            LOG.severe(e.getMessage());
            throw e;
        }
        engine.start(dataSource);
        if (demoData) {
            demo.loadOnce();
        }
        int reporting = pilots.startMissingReporting();
        if (reporting > 0) {
            LOG.info(() -> "Started the reporting process of " + reporting + " pilot(s)");
        }
        // Also without IPT_DEMO_DATA: a database once filled with demo data keeps its demo users.
        demoUsers.warnIfDemoPasswordsInUse();
    }
}
