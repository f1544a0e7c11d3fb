package no.ipt.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.ipt.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        if (!bootstrap.isRunning()) {
            return HealthCheckResponse.named("process-engine").down().withData("state", "not started").build();
        }
        ProcessEngine engine = bootstrap.engine();
        long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
        boolean jobExecutorActive = engine instanceof ProcessEngineImpl impl
                && impl.getProcessEngineConfiguration().getJobExecutor().isActive();
        return HealthCheckResponse.named("process-engine").up()
                .withData("name", engine.getName())
                .withData("processDefinitions", definitions)
                .withData("jobExecutorActive", jobExecutorActive)
                .build();
    }
}
