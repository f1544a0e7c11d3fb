package no.ipt.application.modeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.ipt.application.access.Caller;
import no.ipt.application.access.EngineAuthentication;
import no.ipt.workflow.forms.AdminForms;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;

/**
 * The process library for platform admins: every process, decision and admin form with its versions (deployed
 * when, by whom – the user Camunda's operation log names, else the deployment's source – and how many
 * cases run on each), a version's XML, and what changed against the version before.
 */
@ApplicationScoped
@Transactional
public class ModelLibraryService {

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    EngineAuthentication engineAuthentication;

    @Inject
    AdminForms adminForms;

    public List<ModelLibraryEntry> list(Caller caller) {
        PlatformAdmins.require(caller);
        return engineAuthentication.as(caller, () -> {
            Map<String, Deployment> deployments = new HashMap<>();
            repository.createDeploymentQuery().list().forEach(d -> deployments.put(d.getId(), d));
            Map<String, String> deployers = new HashMap<>();
            history.createUserOperationLogQuery().entityType(EntityTypes.DEPLOYMENT)
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list()
                    .forEach(e -> {
                        if (e.getUserId() != null && e.getDeploymentId() != null) {
                            deployers.putIfAbsent(e.getDeploymentId(), e.getUserId());
                        }
                    });
            Map<String, ModelLibraryEntry> entries = new LinkedHashMap<>();
            for (ProcessDefinition d : repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                    .orderByProcessDefinitionVersion().desc().list()) {
                long running = runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count();
                add(entries, "process", d, deployments, deployers, running);
            }
            for (DecisionDefinition d : repository.createDecisionDefinitionQuery().orderByDecisionDefinitionKey().asc()
                    .orderByDecisionDefinitionVersion().desc().list()) {
                add(entries, "decision", d, deployments, deployers, 0);
            }
            for (AdminForms.Version f : adminForms.versions()) {
                ModelLibraryEntry entry = entries.computeIfAbsent("form:" + f.formId(),
                        k -> new ModelLibraryEntry("form", f.formId(), f.formId(), null, new ArrayList<>()));
                entry.versions().add(version(f.definitionId(), f.version(), f.resourceName(), f.deploymentId(),
                        deployments, deployers, 0));
            }
            return List.copyOf(entries.values());
        });
    }

    private static void add(Map<String, ModelLibraryEntry> entries, String kind, ResourceDefinition d,
                            Map<String, Deployment> deployments, Map<String, String> deployers, long running) {
        ModelLibraryEntry entry = entries.computeIfAbsent(kind + ":" + d.getKey() + ":" + d.getTenantId(),
                k -> new ModelLibraryEntry(kind, d.getKey(), d.getName(), d.getTenantId(), new ArrayList<>()));
        entry.versions().add(version(d.getId(), d.getVersion(), d.getResourceName(), d.getDeploymentId(), deployments,
                deployers, running));
    }

    private static ModelVersionView version(String definitionId, int version, String resourceName, String deploymentId,
                                            Map<String, Deployment> deployments, Map<String, String> deployers, long running) {
        Deployment deployment = deployments.get(deploymentId);
        String by = deployers.getOrDefault(deploymentId, deployment == null ? null : deployment.getSource());
        return new ModelVersionView(definitionId, version, resourceName, deploymentId,
                deployment == null ? null : deployment.getName(),
                deployment == null || deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant(),
                by, deployment == null ? null : deployment.getSource(), running);
    }

    /** The schema of one version of an admin form (by its form definition id). */
    public String formSchema(Caller caller, String definitionId) {
        PlatformAdmins.require(caller);
        return adminForms.versions().stream().filter(v -> v.definitionId().equals(definitionId)).findFirst()
                .map(v -> engineAuthentication.as(caller, () -> adminForms.resource(v.deploymentId(), v.resourceName())))
                .orElseThrow(() -> new ModelingNotFoundException("No form definition has the id " + definitionId));
    }

    /** The XML of one version. */
    public String xml(Caller caller, String definitionId) {
        PlatformAdmins.require(caller);
        return new String(engineAuthentication.as(caller, () -> modelOf(find(definitionId))), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** What changed in this version against the one before (a first version: everything is added). */
    public ModelDiff.Summary diff(Caller caller, String definitionId) {
        PlatformAdmins.require(caller);
        return engineAuthentication.as(caller, () -> {
            ResourceDefinition current = find(definitionId);
            ResourceDefinition previous = previousOf(current);
            return ModelDiff.between(previous == null ? null : previous.getVersion(),
                    previous == null ? null : modelOf(previous), current.getVersion(), modelOf(current));
        });
    }

    ResourceDefinition find(String definitionId) {
        ProcessDefinition process = repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        if (process != null) {
            return process;
        }
        DecisionDefinition decision = repository.createDecisionDefinitionQuery().decisionDefinitionId(definitionId).singleResult();
        if (decision != null) {
            return decision;
        }
        throw new ModelingNotFoundException("No process or decision definition has the id " + definitionId);
    }

    private ResourceDefinition previousOf(ResourceDefinition current) {
        if (current.getVersion() <= 1) {
            return null;
        }
        if (current instanceof ProcessDefinition) {
            var query = repository.createProcessDefinitionQuery().processDefinitionKey(current.getKey())
                    .processDefinitionVersion(current.getVersion() - 1);
            return (current.getTenantId() == null ? query.withoutTenantId() : query.tenantIdIn(current.getTenantId())).singleResult();
        }
        var query = repository.createDecisionDefinitionQuery().decisionDefinitionKey(current.getKey())
                .decisionDefinitionVersion(current.getVersion() - 1);
        return (current.getTenantId() == null ? query.withoutTenantId() : query.tenantIdIn(current.getTenantId())).singleResult();
    }

    private byte[] modelOf(ResourceDefinition definition) {
        Supplier<InputStream> model = definition instanceof ProcessDefinition
                ? () -> repository.getProcessModel(definition.getId())
                : () -> repository.getDecisionModel(definition.getId());
        try (InputStream in = model.get()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
