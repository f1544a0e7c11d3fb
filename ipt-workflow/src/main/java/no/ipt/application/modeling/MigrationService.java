package no.ipt.application.modeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipt.application.access.Caller;
import no.ipt.application.access.EngineAuthentication;
import no.ipt.application.audit.AuditLog;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Moves running instances (cases) from one process version to another with Camunda's migration API,
 * for platform admins: a preview first (the plan, and per instance which activities map where and
 * which cannot), then the migration itself, all or nothing: a plan Camunda refuses, or an instance it
 * cannot move, answers with Camunda's reasons and moves nothing. Each moved instance is audited.
 */
@ApplicationScoped
@Transactional
public class MigrationService {

    public static final String ACTION = "PROCESS_INSTANCE_MIGRATED";

    @Inject
    RuntimeService runtime;

    @Inject
    EngineAuthentication engineAuthentication;

    @Inject
    ModelLibraryService library;

    @Inject
    AuditLog audit;

    public MigrationPreview preview(Caller caller, MigrationRequest request) {
        PlatformAdmins.require(caller);
        return engineAuthentication.as(caller, () -> {
            MigrationPlan plan = plan(request);
            List<MigrationRequest.Instruction> instructions = plan.getInstructions().stream()
                    .map(i -> new MigrationRequest.Instruction(i.getSourceActivityId(), i.getTargetActivityId())).toList();
            Map<String, String> targetOf = new HashMap<>();
            plan.getInstructions().forEach(i -> targetOf.put(i.getSourceActivityId(), i.getTargetActivityId()));
            List<MigrationPreview.InstancePreview> instances = new ArrayList<>();
            boolean executable = true;
            for (ProcessInstance instance : instances(request)) {
                List<MigrationRequest.Instruction> moves = new ArrayList<>();
                List<String> unmapped = new ArrayList<>();
                for (String activity : activeActivities(instance.getId())) {
                    if (targetOf.containsKey(activity)) {
                        moves.add(new MigrationRequest.Instruction(activity, targetOf.get(activity)));
                    } else {
                        unmapped.add(activity);
                    }
                }
                executable &= unmapped.isEmpty();
                instances.add(new MigrationPreview.InstancePreview(instance.getId(), instance.getBusinessKey(), moves, unmapped));
            }
            return new MigrationPreview(request.sourceDefinitionId(), request.targetDefinitionId(), instructions, instances,
                    executable);
        });
    }

    public MigrationResult execute(Caller caller, MigrationRequest request) {
        PlatformAdmins.require(caller);
        return engineAuthentication.as(caller, () -> {
            MigrationPlan plan = plan(request);
            List<ProcessInstance> instances = instances(request);
            if (instances.isEmpty()) {
                throw new MigrationRejectedException("No running instance of " + request.sourceDefinitionId() + " to migrate",
                        List.of());
            }
            try {
                runtime.newMigration(plan).processInstanceIds(instances.stream().map(ProcessInstance::getId).toList()).execute();
            } catch (MigratingProcessInstanceValidationException e) {
                List<ModelProblem> problems = new ArrayList<>();
                var report = e.getValidationReport();
                report.getFailures().forEach(f -> problems.add(ModelProblem.of(report.getProcessInstanceId(), "instance", f)));
                report.getActivityInstanceReports().forEach(a -> a.getFailures().forEach(f ->
                        problems.add(ModelProblem.of(a.getSourceScopeId(), "activity", f))));
                report.getTransitionInstanceReports().forEach(t -> t.getFailures().forEach(f ->
                        problems.add(ModelProblem.of(t.getSourceScopeId(), "transition", f))));
                throw new MigrationRejectedException("The instance " + report.getProcessInstanceId()
                        + " cannot be migrated with this plan; nothing was moved", problems);
            }
            List<MigrationResult.Moved> moved = new ArrayList<>();
            for (ProcessInstance instance : instances) {
                moved.add(new MigrationResult.Moved(instance.getId(), instance.getBusinessKey(), request.targetDefinitionId(),
                        activeActivities(instance.getId())));
                audit.record(caller, ACTION, "process-instance", instance.getId(), instance.getTenantId(),
                        Map.of("definitionId", request.sourceDefinitionId()),
                        Map.of("definitionId", request.targetDefinitionId(),
                                "businessKey", String.valueOf(instance.getBusinessKey())));
            }
            return new MigrationResult(request.sourceDefinitionId(), request.targetDefinitionId(), moved);
        });
    }

    private MigrationPlan plan(MigrationRequest request) {
        library.find(request.sourceDefinitionId());
        library.find(request.targetDefinitionId());
        MigrationPlanBuilder builder = runtime.createMigrationPlan(request.sourceDefinitionId(), request.targetDefinitionId());
        if (request.instructionsOrEmpty().isEmpty()) {
            builder = builder.mapEqualActivities();
        } else {
            for (MigrationRequest.Instruction i : request.instructionsOrEmpty()) {
                builder = builder.mapActivities(i.sourceActivityId(), i.targetActivityId());
            }
        }
        try {
            return builder.build();
        } catch (MigrationPlanValidationException e) {
            List<ModelProblem> problems = new ArrayList<>();
            e.getValidationReport().getInstructionReports().forEach(r -> {
                MigrationInstruction instruction = r.getMigrationInstruction();
                r.getFailures().forEach(f -> problems.add(ModelProblem.of(instruction.getSourceActivityId(), "instruction",
                        instruction.getSourceActivityId() + " -> " + instruction.getTargetActivityId() + ": " + f)));
            });
            e.getValidationReport().getVariableReports().forEach((name, r) -> r.getFailures()
                    .forEach(f -> problems.add(ModelProblem.of(null, "variable", name + ": " + f))));
            throw new MigrationRejectedException("Camunda refuses the migration plan; nothing was moved", problems);
        }
    }

    private List<ProcessInstance> instances(MigrationRequest request) {
        var query = runtime.createProcessInstanceQuery().processDefinitionId(request.sourceDefinitionId());
        if (request.processInstanceIds() != null && !request.processInstanceIds().isEmpty()) {
            query.processInstanceIds(Set.copyOf(request.processInstanceIds()));
        }
        return query.list();
    }

    /** The ids of the activities an instance is in now (leaves of its activity instance tree). */
    private List<String> activeActivities(String processInstanceId) {
        List<String> active = new ArrayList<>();
        collect(runtime.getActivityInstance(processInstanceId), active);
        return active;
    }

    private static void collect(ActivityInstance instance, List<String> active) {
        if (instance == null) {
            return;
        }
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0
                && instance.getParentActivityInstanceId() != null) {
            active.add(instance.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, active);
        }
        for (var transition : instance.getChildTransitionInstances()) {
            active.add(transition.getActivityId());
        }
    }
}
