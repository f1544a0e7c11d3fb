package no.ipt.application.modeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.ipt.workflow.forms.AdminForms;
import no.ipt.workflow.engine.LifecycleModels;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
        // a user task may use an admin form deployed before or in this same deployment
        // (this runs inside Camunda's deploy command; without one – a unit test – no form is deployed)
        CommandContext context = Context.getCommandContext();
        Set<String> forms = new HashSet<>();
        if (context != null) {
            AdminForms.versions(context).forEach(v -> forms.add(v.formId()));
        }
        deployment.getResources().values().stream().filter(r -> ModelChecks.isForm(r.getName()))
                .map(r -> ModelChecks.formIdOf(r.getBytes())).filter(Objects::nonNull).forEach(forms::add);
        ModelVocabulary known = vocabulary.get().withAdminForms(forms);
        for (ResourceEntity resource : deployment.getResources().values()) {
            List<ModelProblem> problems = ModelChecks.check(resource.getName(), resource.getBytes(), known);
            if (!problems.isEmpty()) {
                throw new ModelRejectedException(resource.getName(), problems);
            }
        }
    }
}
