package no.ipt.web.enginerest;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;
import no.ipt.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;

/**
 * Hands Camunda's REST API the application's one engine, the one {@link ProcessEngineBootstrap} built.
 * Found by {@link java.util.ServiceLoader} (META-INF/services), so it is not a CDI bean itself and
 * asks CDI for the bootstrap on each call.
 */
public class IptProcessEngineProvider implements ProcessEngineProvider {

    static final String ENGINE_NAME = "default";

    @Override
    public ProcessEngine getDefaultProcessEngine() {
        return CDI.current().select(ProcessEngineBootstrap.class).get().engine();
    }

    @Override
    public ProcessEngine getProcessEngine(String name) {
        return ENGINE_NAME.equals(name) ? getDefaultProcessEngine() : null;
    }

    @Override
    public Set<String> getProcessEngineNames() {
        return Set.of(ENGINE_NAME);
    }
}
