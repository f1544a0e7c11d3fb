package no.ipt.web.enginerest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Mounts Camunda's REST API at {@code /engine-rest}, beside IPT's own API at {@code /api}. It lists
 * its classes explicitly, so it gets none of IPT's providers (problem+json mapper, JSON-B settings)
 * and IPT's API gets none of Camunda's: each speaks its own dialect, as its clients expect.
 */
@ApplicationPath("engine-rest")
public class EngineRestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(CamundaRestResources.getResourceClasses());
        classes.addAll(CamundaRestResources.getConfigurationClasses());
        return classes;
    }
}
