package no.ipt.workflow.testing;

import no.ipt.testsupport.EmbeddedPostgresSession;
import no.ipt.workflow.needs.NeedsAssessmentSettings;
import no.ipt.workflow.tasks.OverdueTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * One engine per test JVM on the embedded PostgreSQL, configured like production (full history,
 * PostgreSQL, UUID ids) but with the job executor off, so tests fire timers and jobs themselves.
 */
public final class ProcessTestEngine {

    /** The reminder delay the tests' models run with. */
    public static final String DESCRIBE_NEED_REMINDER = "PT1H";

    private static ProcessEngine engine;
    private static final java.util.Map<Object, Object> BEANS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Makes a real bean instance resolvable by name in the models' expressions, as CDI's
     * {@code @Named} does in the container. Register before starting the process that uses it.
     */
    public static void registerBean(String name, Object bean) {
        get();
        BEANS.put(name, bean);
    }

    private ProcessTestEngine() {
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
            cfg.setProcessEngineName("process-tests");
            cfg.setDataSource(EmbeddedPostgresSession.dataSource());
            cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            cfg.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator());
            cfg.setJobExecutorActivate(false);
            cfg.setCmmnEnabled(false);
            cfg.setTenantIdProvider(new no.ipt.workflow.engine.MunicipalityTenantIdProvider());
            cfg.setDbMetricsReporterActivate(false);
            // The named beans the models call, as real instances (no CDI container in process tests).
            BEANS.put("needsAssessmentSettings", new NeedsAssessmentSettings(DESCRIBE_NEED_REMINDER));
            cfg.setBeans(BEANS);
            engine = cfg.buildProcessEngine();
            BEANS.put("overdueTasks", new OverdueTasks(engine.getTaskService()));
            // stage tests run a stage without its main process; tests of the main process register their own
            jakarta.persistence.EntityManager em = no.ipt.infrastructure.persistence.JpaTestRepositories.entityManager();
            BEANS.put("caseProgress", new no.ipt.workflow.cases.CaseProgress(
                    no.ipt.infrastructure.persistence.JpaTestRepositories.procurementCases(em),
                    no.ipt.infrastructure.persistence.JpaTestRepositories.needsAssessments(em),
                    no.ipt.infrastructure.persistence.JpaTestRepositories.marketDialogues(em)));
        }
        return engine;
    }

    /** The JUnit 5 extension that deploys each test's {@code @Deployment} into this engine. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(get()).build();
    }
}
