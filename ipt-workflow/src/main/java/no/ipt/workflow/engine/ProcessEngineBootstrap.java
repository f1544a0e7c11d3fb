package no.ipt.workflow.engine;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Builds and owns the one process engine of the application. The engine is named {@code default}
 * and registered with the Camunda runtime container, so Camunda's CDI producers and REST API find it.
 * Started explicitly by the application's start-up observer, after the domain schema is migrated.
 */
@ApplicationScoped
public class ProcessEngineBootstrap {

    /** Payara's JNDI name of the JTA transaction manager. */
    static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";
    static final String MANAGED_EXECUTOR = "java:comp/DefaultManagedExecutorService";

    /**
     * The engine-level group of callers who see every municipality (IPT itself, platform admins):
     * Camunda skips its tenant check for them. Everyone else is authenticated with their tenants.
     */
    public static final String ALL_TENANTS_GROUP = "ipt-all-tenants";

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Inject
    EngineSettings settings;

    @Inject
    DeploymentHooks deploymentHooks;

    private volatile ProcessEngine engine;

    /** Builds the engine on the given DataSource, creates or updates its schema and deploys the models. */
    public synchronized ProcessEngine start(DataSource dataSource) {
        if (engine != null) {
            return engine;
        }
        JakartaTransactionProcessEngineConfiguration cfg = new JakartaTransactionProcessEngineConfiguration();
        cfg.setProcessEngineName("default");
        cfg.setDataSource(dataSource);
        cfg.setTransactionManager(lookup(TRANSACTION_MANAGER, TransactionManager.class));
        cfg.setTransactionsExternallyManaged(true);
        cfg.setDatabaseSchemaUpdate("true");
        cfg.setHistory(settings.historyLevel());
        // UUIDs need no id blocks from the database and never collide between nodes.
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setExpressionManager(new CdiExpressionManager());
        cfg.setCmmnEnabled(false);
        cfg.setTenantIdProvider(new MunicipalityTenantIdProvider());
        cfg.setAdminGroups(new java.util.ArrayList<>(java.util.List.of(ALL_TENANTS_GROUP)));
        cfg.setDbMetricsReporterActivate(false);
        cfg.setCustomPreDeployers(new java.util.ArrayList<>(deploymentHooks.before()));
        cfg.setCustomPostDeployers(new java.util.ArrayList<>(deploymentHooks.after()));
        // The job executor runs on container-managed threads so that beans called from timers get
        // injection and JNDI; acquisition locks jobs in the database, which is safe with several nodes.
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(lookup(MANAGED_EXECUTOR, ManagedExecutorService.class));
        jobExecutor.setMaxJobsPerAcquisition(settings.maxJobsPerAcquisition());
        jobExecutor.setMaxWait(settings.maxWaitMillis());
        jobExecutor.setLockOwner("ipt-" + ManagementFactory.getRuntimeMXBean().getName());
        cfg.setJobExecutor(jobExecutor);
        cfg.setJobExecutorActivate(settings.jobExecutorEnabled());

        ProcessEngine built = cfg.buildProcessEngine();
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(built);
        deployModels(built);
        engine = built;
        LOG.info(() -> "Process engine 'default' started (history " + settings.historyLevel()
                + ", job executor " + (settings.jobExecutorEnabled() ? "on" : "off") + ")");
        return built;
    }

    private static void deployModels(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(LifecycleModels.DEPLOYMENT_NAME)
                .source(LifecycleModels.DEPLOYMENT_SOURCE)
                .enableDuplicateFiltering(true);
        ClassLoader loader = ProcessEngineBootstrap.class.getClassLoader();
        for (String resource : LifecycleModels.RESOURCES) {
            try (var in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Model " + resource + " is missing from the classpath");
                }
                deployment.addString(resource, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read model " + resource, e);
            }
        }
        deployment.deploy();
    }

    public ProcessEngine engine() {
        ProcessEngine current = engine;
        if (current == null) {
            throw new IllegalStateException("The process engine has not been started");
        }
        return current;
    }

    public boolean isRunning() {
        return engine != null;
    }

    @PreDestroy
    synchronized void stop() {
        if (engine != null) {
            RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
            engine.close();
            engine = null;
        }
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot look up " + name + " in JNDI", e);
        }
    }
}
