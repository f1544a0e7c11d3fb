package no.ipt.application.modeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.ipt.workflow.engine.DeploymentHooks;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/** Checks models before Camunda's deployers and audits the definitions after them. */
@ApplicationScoped
public class ModelingDeploymentHooks implements DeploymentHooks {

    @Inject
    ModelCheckDeployer checks;

    @Inject
    ModelDeploymentAuditor auditor;

    @Override
    public List<Deployer> before() {
        return List.of(checks);
    }

    @Override
    public List<Deployer> after() {
        return List.of(auditor);
    }
}
