package no.ipt.application.modeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.ipt.workflow.engine.LifecycleModels;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs {@link ModelChecks} on every new deployment before Camunda's deployers parse it, whichever way
 * it came (IPT's API or Camunda's REST API, i.e. Camunda Modeler): a model with a problem is refused
 * with all of them, and the deployment's transaction rolls back, so nothing is stored. Deployments that
 * are only loaded again into the cache are not new and pass; so does the application's own deployment
 * at start-up (its models are the application's code, covered by its process tests).
 */
@ApplicationScoped
public class ModelCheckDeployer implements Deployer {

    @Inject
    ApplicationVocabulary vocabulary;

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || LifecycleModels.DEPLOYMENT_SOURCE.equals(deployment.getSource())
                || deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            List<ModelProblem> problems = ModelChecks.check(resource.getName(), resource.getBytes(), vocabulary.get());
            if (!problems.isEmpty()) {
                throw new ModelRejectedException(resource.getName(), problems);
            }
        }
    }
}
