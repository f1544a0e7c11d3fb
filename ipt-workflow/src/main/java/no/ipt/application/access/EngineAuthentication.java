package no.ipt.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.ipt.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine commands as a caller, so that Camunda's user operation log names them and its tenant
 * check limits them to the caller's municipalities (IPT itself and platform admins see all).
 */
@ApplicationScoped
public class EngineAuthentication {

    @Inject
    IdentityService identityService;

    public <T> T as(Caller caller, Supplier<T> work) {
        List<String> groups = new ArrayList<>(caller.groups());
        if (caller.scope().isAll()) {
            groups.add(ProcessEngineBootstrap.ALL_TENANTS_GROUP);
        }
        identityService.setAuthentication(caller.username(), groups, List.copyOf(caller.scope().municipalityNumbers()));
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void run(Caller caller, Runnable work) {
        as(caller, () -> {
            work.run();
            return null;
        });
    }
}
