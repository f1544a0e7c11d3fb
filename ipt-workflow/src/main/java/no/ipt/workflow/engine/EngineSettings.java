package no.ipt.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Engine settings from MicroProfile Config (system properties, environment, microprofile-config.properties). */
@ApplicationScoped
public class EngineSettings {

    @Inject
    @ConfigProperty(name = "ipt.engine.history-level", defaultValue = "full")
    String historyLevel;

    @Inject
    @ConfigProperty(name = "ipt.engine.job-executor.enabled", defaultValue = "true")
    boolean jobExecutorEnabled;

    @Inject
    @ConfigProperty(name = "ipt.engine.job-executor.max-jobs-per-acquisition", defaultValue = "3")
    int maxJobsPerAcquisition;

    /** Longest pause between two job acquisitions when there is nothing to do: bounds how late a timer fires. */
    @Inject
    @ConfigProperty(name = "ipt.engine.job-executor.max-wait-ms", defaultValue = "10000")
    long maxWaitMillis;

    public long maxWaitMillis() {
        return maxWaitMillis;
    }

    public String historyLevel() {
        return historyLevel;
    }

    public boolean jobExecutorEnabled() {
        return jobExecutorEnabled;
    }

    public int maxJobsPerAcquisition() {
        return maxJobsPerAcquisition;
    }
}
