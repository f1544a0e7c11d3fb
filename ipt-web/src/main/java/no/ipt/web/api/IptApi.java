package no.ipt.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import no.ipt.web.api.problem.ConstraintViolationMapper;
import no.ipt.web.api.problem.ThrowableMapper;

/**
 * Mounts the REST API at {@code /api}: the resources and providers of {@code no.ipt.web.api} and its
 * sub-packages. An Application without classes would get every {@code @Path} and {@code @Provider}
 * class of the whole WAR, Camunda's REST API among them (mounted at {@code /engine-rest} by its own
 * Application); so the providers are listed and Jersey scans this package for the rest.
 */
@ApplicationPath("api")
public class IptApi extends Application {

    /** Jersey's {@code ServerProperties.PROVIDER_PACKAGES}. */
    static final String PROVIDER_PACKAGES = "jersey.config.server.provider.packages";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(JsonbConfiguration.class, ThrowableMapper.class, ConstraintViolationMapper.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(PROVIDER_PACKAGES, IptApi.class.getPackageName());
    }
}
