package no.ipt.application.modeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipt.application.access.Caller;
import no.ipt.application.audit.AuditLog;
import no.ipt.domain.access.TenantScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Audits every new process, decision and (admin) form definition (MODEL_DEPLOYED: who, which resource, previous and
 * new version) in the deployment's own transaction, after Camunda's deployers gave it its version;
 * the same for IPT's API, Camunda's REST API and the application's start-up (actor {@code system}).
 */
@ApplicationScoped
public class ModelDeploymentAuditor implements Deployer {

    public static final String ACTION = "MODEL_DEPLOYED";

    @Inject
    AuditLog audit;

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        Caller who = actor();
        if (deployment.getDeployedProcessDefinitions() != null) {
            for (ProcessDefinition definition : deployment.getDeployedProcessDefinitions()) {
                record(who, deployment, "process", definition.getKey(), definition.getVersion(), definition.getId(),
                        definition.getResourceName());
            }
        }
        if (deployment.getDeployedDecisionDefinitions() != null) {
            for (DecisionDefinition definition : deployment.getDeployedDecisionDefinitions()) {
                record(who, deployment, "decision", definition.getKey(), definition.getVersion(), definition.getId(),
                        definition.getResourceName());
            }
        }
        List<CamundaFormDefinitionEntity> forms = deployment.getDeployedArtifacts(CamundaFormDefinitionEntity.class);
        if (forms != null) {
            for (CamundaFormDefinitionEntity definition : forms) {
                record(who, deployment, "form", definition.getKey(), definition.getVersion(), definition.getId(),
                        definition.getResourceName());
            }
        }
    }

    private void record(Caller who, DeploymentEntity deployment, String kind, String key, int version, String definitionId,
                        String resourceName) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind);
        after.put("version", version);
        after.put("definitionId", definitionId);
        after.put("resource", resourceName);
        after.put("deploymentId", deployment.getId());
        after.put("deploymentName", deployment.getName());
        after.put("source", deployment.getSource());
        audit.record(who, ACTION, "model", key, deployment.getTenantId(),
                version > 1 ? Map.of("version", version - 1) : null, after);
    }

    private static Caller actor() {
        String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
        return user == null ? Caller.system() : new Caller(user, Set.of(), TenantScope.none());
    }
}
