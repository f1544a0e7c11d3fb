package no.ipt.application.modeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.ipt.workflow.forms.AdminForms;
import java.util.regex.Pattern;
import no.ipt.application.access.Caller;
import no.ipt.application.access.EngineAuthentication;
import no.ipt.domain.shared.DomainRuleViolation;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Deploys one BPMN or DMN model, or one admin form ({@code <id>.form}, form-js), for a platform admin: checked first ({@link ModelChecks}), then
 * deployed with duplicate filtering under the file's name, so the same model twice makes no new
 * version. A refused model ({@link ModelRejectedException}) stores nothing. The deployment is audited
 * by {@link ModelDeploymentAuditor} in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ModelDeploymentService {

    public static final String SOURCE = "ipt-modeler";
    private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,120}\\.(bpmn|dmn|form)");

    @Inject
    RepositoryService repository;

    @Inject
    EngineAuthentication engineAuthentication;

    @Inject
    ApplicationVocabulary vocabulary;

    @Inject
    AdminForms adminForms;

    public DeploymentResult deploy(Caller caller, String resourceName, byte[] model) {
        PlatformAdmins.require(caller);
        if (resourceName == null || !RESOURCE_NAME.matcher(resourceName).matches()) {
            throw new DomainRuleViolation("invalid-model-name", "name",
                    "The file name ends with .bpmn, .dmn or .form and has only letters, digits, spaces, dots, dashes and underscores");
        }
        if (model == null || model.length == 0) {
            throw new DomainRuleViolation("empty-model", "body", "Send the model's XML as the request body");
        }
        List<ModelProblem> problems = ModelChecks.check(resourceName, model,
                vocabulary.get().withAdminForms(adminForms.deployedIds()));
        if (!problems.isEmpty()) {
            throw new ModelRejectedException(resourceName, problems);
        }
        if (ModelChecks.isForm(resourceName) && !resourceName.equals(ModelChecks.formIdOf(model) + ".form")) {
            // the library and the form key name a form by its id: one file per id keeps them in step
            throw new ModelRejectedException(resourceName, List.of(ModelProblem.of(null, "form-id-not-file-name",
                    "The form's id is '" + ModelChecks.formIdOf(model) + "': deploy it as " + ModelChecks.formIdOf(model) + ".form")));
        }
        Set<String> formDeploymentsBefore = adminForms.versions().stream().map(AdminForms.Version::deploymentId)
                .collect(Collectors.toSet());
        DeploymentWithDefinitions deployment;
        try {
            deployment = engineAuthentication.as(caller, () -> repository.createDeployment()
                    .name(resourceName)
                    .source(SOURCE)
                    .enableDuplicateFiltering(true)
                    .addInputStream(resourceName, new ByteArrayInputStream(model))
                    .deployWithResult());
        } catch (ModelRejectedException e) {
            throw e;
        } catch (ParseException e) {
            List<ModelProblem> found = new ArrayList<>();
            e.getResorceReports().forEach(r -> r.getErrors().forEach(p -> found.add(ModelProblem.of(p))));
            if (found.isEmpty()) {
                found.add(ModelProblem.of(null, "camunda-parser", e.getMessage()));
            }
            throw new ModelRejectedException(resourceName, found);
        } catch (DmnEngineException | NotValidException e) {
            throw new ModelRejectedException(resourceName, List.of(ModelProblem.of(null, "camunda-parser", e.getMessage())));
        }
        return result(deployment, formDeploymentsBefore);
    }

    private DeploymentResult result(DeploymentWithDefinitions deployment, Set<String> formDeploymentsBefore) {
        List<DeployedDefinition> definitions = new ArrayList<>();
        boolean changed = false;
        for (AdminForms.Version form : adminForms.versions()) {
            if (form.deploymentId().equals(deployment.getId())) {
                boolean isNew = !formDeploymentsBefore.contains(deployment.getId());
                definitions.add(new DeployedDefinition("form", form.formId(), form.formId(), form.definitionId(),
                        form.version(), isNew && form.version() > 1 ? form.version() - 1 : null, form.resourceName()));
                changed |= isNew;
            }
        }
        if (deployment.getDeployedProcessDefinitions() != null) {
            for (ProcessDefinition d : deployment.getDeployedProcessDefinitions()) {
                definitions.add(new DeployedDefinition("process", d.getKey(), d.getName(), d.getId(), d.getVersion(),
                        d.getVersion() > 1 ? d.getVersion() - 1 : null, d.getResourceName()));
                changed = true;
            }
        }
        if (deployment.getDeployedDecisionDefinitions() != null) {
            deployment.getDeployedDecisionDefinitions().forEach(d -> definitions.add(new DeployedDefinition("decision",
                    d.getKey(), d.getName(), d.getId(), d.getVersion(), d.getVersion() > 1 ? d.getVersion() - 1 : null,
                    d.getResourceName())));
            changed |= !deployment.getDeployedDecisionDefinitions().isEmpty();
        }
        if (!changed) {
            // Nothing new: the definitions of the deployment that already holds this model.
            repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list().forEach(d -> definitions.add(
                    new DeployedDefinition("process", d.getKey(), d.getName(), d.getId(), d.getVersion(), null, d.getResourceName())));
            repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list().forEach(d -> definitions.add(
                    new DeployedDefinition("decision", d.getKey(), d.getName(), d.getId(), d.getVersion(), null, d.getResourceName())));
        }
        return new DeploymentResult(deployment.getId(), deployment.getName(),
                deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant(), changed, definitions);
    }
}
