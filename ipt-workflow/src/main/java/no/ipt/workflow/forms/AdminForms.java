package no.ipt.workflow.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ipt.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;

/**
 * The forms admins model (form-js, deployed as {@code <id>.form} resources): Camunda keeps every
 * deployed {@code .form} as a form definition whose key is the schema's id, versioned like a process.
 * A user task with form key {@code ipt-form:<id>} uses the latest version of that form – the task page
 * draws it ({@link FormSchemas}) and {@link AdminFormCompletion} checks and stores its values.
 */
@ApplicationScoped
public class AdminForms {

    /** The form key prefix of admin-modelled forms: {@code ipt-form:<form id>}. */
    public static final String PREFIX = "ipt-form:";

    /** One deployed version of a form. */
    public record Version(String definitionId, String formId, int version, String deploymentId, String resourceName) {
    }

    @Inject
    ProcessEngineBootstrap bootstrap;

    public static boolean isAdminFormKey(String formKey) {
        return formKey != null && formKey.startsWith(PREFIX) && formKey.length() > PREFIX.length();
    }

    /** The form id a form key names, or null when it is no admin form key. */
    public static String formIdOf(String formKey) {
        return isAdminFormKey(formKey) ? formKey.substring(PREFIX.length()).trim() : null;
    }

    /** Every deployed version of every form, by id and newest first. */
    public List<Version> versions() {
        return execute(AdminForms::versions);
    }

    /** The same, inside a command that runs already (a deployer). */
    public static List<Version> versions(CommandContext context) {
        List<?> all = context.getDbEntityManager().selectList("selectAllCamundaFormDefinitions");
        return all.stream().map(CamundaFormDefinitionEntity.class::cast)
                .map(d -> new Version(d.getId(), d.getKey(), d.getVersion(), d.getDeploymentId(), d.getResourceName()))
                .sorted(Comparator.comparing(Version::formId).thenComparing(Version::version, Comparator.reverseOrder()))
                .toList();
    }

    /** The ids of the deployed forms. */
    public Set<String> deployedIds() {
        return versions().stream().map(Version::formId).collect(Collectors.toSet());
    }

    /** The latest deployed schema of an admin form key ({@code ipt-form:<id>}), if there is one. */
    public Optional<String> schema(String formKey) {
        String formId = formIdOf(formKey);
        if (formId == null) {
            return Optional.empty();
        }
        CamundaFormDefinitionEntity latest = execute(context -> context.getCamundaFormDefinitionManager()
                .findLatestDefinitionByKeyAndTenantId(formId, null));
        return latest == null ? Optional.empty() : Optional.of(resource(latest.getDeploymentId(), latest.getResourceName()));
    }

    /** The schema of one deployed version. */
    public String resource(String deploymentId, String resourceName) {
        try (InputStream in = engine().getRepositoryService().getResourceAsStream(deploymentId, resourceName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generic task form of an admin form key, when that form is deployed and usable. */
    public Optional<TaskForm> formFor(String formKey) {
        return schema(formKey).map(AdminFormSchema::parse).filter(AdminFormSchema::usable)
                .map(schema -> new AdminFormCompletion(formKey, schema));
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }

    private <T> T execute(Command<T> command) {
        return ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(command);
    }
}
