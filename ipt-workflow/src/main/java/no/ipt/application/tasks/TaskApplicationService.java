package no.ipt.application.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.access.Caller;
import no.ipt.application.access.EngineAuthentication;
import no.ipt.application.audit.AuditLog;
import no.ipt.application.cases.CaseNotFoundException;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ProcurementCaseRepository;
import no.ipt.domain.procurement.StaleCaseException;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.workflow.forms.AdminForms;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.forms.TaskForm;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Lists, claims and completes the user tasks of the lifecycle processes, for a caller: tasks of
 * other municipalities do not exist for them, and only a candidate (or the assignee) may work a task.
 */
@ApplicationScoped
@Transactional
public class TaskApplicationService {

    static final int MAX_TASKS = 500;
    /** The task-local variable holding a task form's draft. */
    public static final String DRAFT = "ipt.draft";
    static final int MAX_DRAFT_LENGTH = 200_000;
    /** The process variable (and form field) naming the farm a farm-approval task is about. */
    static final String FARM = "farm";
    /** The process variable (and form field) naming the deviation a follow-up of corrective actions is about. */
    static final String DEVIATION = "deviationNumber";
    /** The task that follows up one deviation's corrective actions, named in its variable {@value #DEVIATION}. */
    static final String CORRECTIVE_ACTIONS_TASK = "FollowUpCorrectiveActions";
    /** The processes whose tasks are about one farm, named in their variable {@value #FARM}. */
    static final Set<String> FARM_PROCESSES = Set.of(LifecycleModels.FARM_APPROVAL_PROCESS,
            LifecycleModels.APPROVAL_KEEPING_PROCESS);

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    EngineAuthentication engineAuthentication;

    @Inject
    AuditLog audit;

    @Inject
    ProcurementCaseRepository cases;

    @Inject
    @Any
    Instance<TaskForm> forms;

    @Inject
    AdminForms adminForms;

    /**
     * Open tasks the caller may work on – offered to one of their groups or assigned to them (an admin
     * sees all) – in their municipalities, optionally of one case and/or one candidate group, oldest first.
     */
    public List<TaskView> openTasks(Caller caller, String caseNumber, String candidateGroup) {
        if (!caller.scope().isAll() && caller.scope().municipalityNumbers().isEmpty()) {
            return List.of();
        }
        TaskQuery query = taskService.createTaskQuery().active().initializeFormKeys();
        if (!caller.scope().isAll()) {
            query.tenantIdIn(caller.scope().municipalityNumbers().toArray(String[]::new));
        }
        if (caseNumber != null && !caseNumber.isBlank()) {
            query.processInstanceBusinessKey(caseNumber);
        }
        if (candidateGroup != null && !candidateGroup.isBlank()) {
            query.taskCandidateGroup(candidateGroup).includeAssignedTasks();
        }
        if (!caller.isAdmin()) {
            query.or().taskCandidateGroupIn(List.copyOf(caller.groups())).taskAssignee(caller.username()).endOr();
        }
        List<Task> tasks = query.orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, MAX_TASKS);
        Map<String, String> businessKeys = businessKeys(tasks.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        Map<String, String> farms = farmsOfProcesses(tasks);
        List<TaskView> views = new java.util.ArrayList<>(tasks.size());
        for (Task t : tasks) {
            try {
                views.add(view(t, businessKeys.get(t.getProcessInstanceId()), farms));
            } catch (TaskConflictException completedMeanwhile) {
                // completed by another request while we listed: it is no longer open
            }
        }
        return views;
    }

    public TaskView find(Caller caller, String taskId) {
        Task task = load(caller, taskId);
        return view(task, businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId()), Map.of());
    }

    /** Claims the task for the caller, who must be one of its candidates. */
    public void claim(Caller caller, String taskId) {
        Task task = load(caller, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw new TaskConflictException("The task is already claimed by " + task.getAssignee(), null);
        }
        requireCandidate(caller, task);
        asCaller(caller, () -> {
            try {
                taskService.claim(taskId, caller.username());
            } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
                throw new TaskConflictException("The task is already claimed by someone else", e);
            } catch (NullValueException e) {
                throw new TaskConflictException("The task was completed by someone else at the same time", e);
            }
            return null;
        });
        audit.record(caller, "TASK_CLAIMED", "task", taskId, task.getTenantId(),
                assigneeState(task.getAssignee()), Map.of("assignee", caller.username(), "task", task.getTaskDefinitionKey()));
    }

    private static Map<String, Object> assigneeState(String assignee) {
        Map<String, Object> state = new java.util.HashMap<>();
        state.put("assignee", assignee);
        return state;
    }

    /** Gives a claimed task back to its candidate groups; only its assignee or an admin may. */
    public void unclaim(Caller caller, String taskId) {
        Task task = load(caller, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username()) && !caller.isAdmin()) {
            throw new AccessDeniedException("Only " + task.getAssignee() + " or an admin can release this task");
        }
        asCaller(caller, () -> {
            taskService.setAssignee(taskId, null);
            return null;
        });
        audit.record(caller, "TASK_RELEASED", "task", taskId, task.getTenantId(), assigneeState(task.getAssignee()),
                assigneeState(null));
    }

    /**
     * Completes a task with its form values. The engine completes the task first and the case is
     * changed after it, in the same JTA transaction: if the domain write fails (a stale version, a
     * broken rule) the task completion is rolled back with it and the task stays open.
     */
    public void complete(Caller caller, String taskId, long expectedCaseVersion, Map<String, ?> submitted) {
        Task task = load(caller, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw new TaskConflictException("The task is claimed by " + task.getAssignee()
                    + "; ask them to release it before you complete it", null);
        }
        requireCandidate(caller, task);
        TaskForm form = formFor(task);
        requireSameSubject(task, submitted);
        FormValues values = new FormValues(submitted);
        Map<String, Object> variables = form.validate(values);
        ProcurementCase procurementCase = caseOf(task);
        // the version the client must have seen: the completion's own process steps may change the case
        // (a stage entered by caseProgress), which is no concurrent change
        long versionBefore = procurementCase.version();
        asCaller(caller, () -> {
            try {
                // recorded as the task's assignee: the history then says who did it
                taskService.setAssignee(taskId, caller.username());
                taskService.complete(taskId, variables);
            } catch (OptimisticLockingException | NullValueException | NotFoundException e) {
                // (setAssignee answers NotFoundException for a task deleted since we read it)
                // another request completed the task between our read and this command
                throw new TaskConflictException("The task was completed by someone else at the same time", e);
            }
            return null;
        });
        if (versionBefore != expectedCaseVersion) {
            throw new StaleCaseException(procurementCase.caseNumber(), expectedCaseVersion, versionBefore);
        }
        Map<String, Object> before = Map.of("stage", procurementCase.stage().name(),
                "status", procurementCase.status().name(), "version", procurementCase.version());
        form.apply(procurementCase, values);
        cases.store(procurementCase);
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("task", task.getTaskDefinitionKey());
        after.put("taskId", taskId);
        after.put("stage", procurementCase.stage().name());
        after.put("status", procurementCase.status().name());
        after.put("values", AuditLog.json(submitted == null ? Map.of() : submitted));
        audit.record(caller, "TASK_COMPLETED", "case", procurementCase.caseNumber().value(),
                procurementCase.municipality().value(), before, after);
    }

    /**
     * Keeps the caller's unfinished input of a task's form without completing it: a task-local
     * variable ({@value #DRAFT}, the form's values as JSON text) that lasts until the task is
     * completed. Only a candidate (or the assignee) may save one; saving is audited.
     */
    public void saveDraft(Caller caller, String taskId, String valuesJson) {
        Task task = load(caller, taskId);
        requireCandidate(caller, task);
        if (valuesJson == null || valuesJson.isBlank()) {
            throw new DomainRuleViolation("required", DRAFT, "A draft needs the form's values");
        }
        if (valuesJson.length() > MAX_DRAFT_LENGTH) {
            throw new DomainRuleViolation("too-long", DRAFT, "A draft has at most " + MAX_DRAFT_LENGTH + " characters");
        }
        asCaller(caller, () -> {
            try {
                taskService.setVariableLocal(taskId, DRAFT,
                        Variables.byteArrayValue(valuesJson.getBytes(StandardCharsets.UTF_8)));
            } catch (NullValueException | NotFoundException gone) {
                throw new TaskConflictException("The task was completed by someone else at the same time", gone);
            }
            return null;
        });
        audit.record(caller, "TASK_DRAFT_SAVED", "task", taskId, task.getTenantId(), Map.of(),
                Map.of("task", task.getTaskDefinitionKey(), "characters", valuesJson.length()));
    }

    /** The draft saved for the task's form, if any (JSON text of the form's values). */
    public Optional<String> draft(Caller caller, String taskId) {
        Task task = load(caller, taskId);
        Object draft = asCaller(caller, () -> taskService.getVariableLocal(task.getId(), DRAFT));
        return draft instanceof byte[] bytes ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /**
     * The form values the process has fixed for a task: the farm a farm-approval task is about, the
     * deviation whose corrective actions a follow-up task is about (a number). The form starts with them.
     */
    public Map<String, Object> givenValues(Caller caller, String taskId) {
        return subjectOf(load(caller, taskId));
    }

    /**
     * A farm-approval form names its farm, and the process instance of that farm takes the values: so
     * the task must be about the farm the values name, or another farm's approval would be changed.
     * Likewise a follow-up of corrective actions must name the deviation its task was raised for, or
     * another deviation would be closed while this one's task went on.
     */
    private void requireSameSubject(Task task, Map<String, ?> submitted) {
        subjectOf(task).forEach((field, value) -> {
            Object named = submitted == null ? null : submitted.get(field);
            if (named != null && !value.toString().equals(named.toString().strip())) {
                throw new DomainRuleViolation(FARM.equals(field) ? "wrong-farm" : "wrong-deviation", field,
                        "This task is about " + field + " " + value + ", not " + named);
            }
        });
    }

    private Map<String, Object> subjectOf(Task task) {
        String farm = farmOf(task);
        if (farm != null) {
            return Map.of(FARM, farm);
        }
        if (CORRECTIVE_ACTIONS_TASK.equals(task.getTaskDefinitionKey())) {
            Object deviation = variableOf(task, DEVIATION);
            return deviation == null ? Map.of() : Map.of(DEVIATION, deviation);
        }
        return Map.of();
    }

    /** The farm a task is about, for the tasks of the farm-approval processes; otherwise null. */
    private String farmOf(Task task) {
        String processKey = processKeyOf(task);
        if (!FARM_PROCESSES.contains(processKey)) {
            return null;
        }
        Object farm = variableOf(task, FARM);
        return farm == null ? null : farm.toString();
    }

    private Object variableOf(Task task, String name) {
        try {
            return taskService.getVariable(task.getId(), name);
        } catch (NullValueException gone) {
            throw new TaskConflictException("The task was completed by someone else at the same time", gone);
        }
    }

    private static String processKeyOf(Task task) {
        return task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
    }

    private <T> T asCaller(Caller caller, Supplier<T> work) {
        return engineAuthentication.as(caller, work);
    }

    private void requireCandidate(Caller caller, Task task) {
        if (!caller.mayWorkOn(candidateGroups(task.getId()), task.getAssignee())) {
            throw new AccessDeniedException("The task '" + task.getName() + "' is for " + candidateGroups(task.getId())
                    + "; you are " + caller.groups());
        }
    }

    /** The open task, if the caller's municipalities include its tenant; otherwise it does not exist. */
    private Task load(Caller caller, String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null || !(caller.scope().isAll()
                || (task.getTenantId() != null && caller.sees(MunicipalityNumber.of(task.getTenantId()))))) {
            throw new TaskNotFoundException(taskId);
        }
        return task;
    }

    /** The task's typed form; else, for {@code ipt-form:<id>}, the generic form of that admin-modelled form. */
    private TaskForm formFor(Task task) {
        return forms.stream().filter(f -> f.formKey().equals(task.getFormKey())).findFirst()
                .or(() -> adminForms.formFor(task.getFormKey()))
                .orElseThrow(() -> new IllegalStateException("Task " + task.getTaskDefinitionKey()
                        + " has form key '" + task.getFormKey() + "' which no form handles"));
    }

    private ProcurementCase caseOf(Task task) {
        String businessKey = businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
        if (businessKey == null) {
            throw new CaseNotFoundException("of task " + task.getId());
        }
        return cases.find(new CaseNumber(businessKey)).orElseThrow(() -> new CaseNotFoundException(businessKey));
    }

    private Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery()
                .processInstanceIds(Set.copyOf(processInstanceIds)).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    }

    /** The task's candidate groups; a task completed by another request since we read it is a conflict, not a bug. */
    private List<String> candidateGroups(String taskId) {
        List<IdentityLink> links;
        try {
            links = taskService.getIdentityLinksForTask(taskId);
        } catch (NullValueException gone) {
            throw new TaskConflictException("The task was completed by someone else at the same time", gone);
        }
        return links.stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    /** {@code farms}: the farm of a farm process's tasks by process instance, where one query could tell it. */
    private TaskView view(Task t, String caseNumber, Map<String, String> farms) {
        String farm = farms.containsKey(t.getProcessInstanceId()) ? farms.get(t.getProcessInstanceId()) : farmOf(t);
        return new TaskView(t.getId(), t.getName(), t.getTaskDefinitionKey(), processKeyOf(t), caseNumber, t.getFormKey(),
                t.getAssignee(), candidateGroups(t.getId()), t.getCreateTime(), t.getDueDate(), t.getPriority(), farm);
    }

    /**
     * The farm of the farm processes among {@code tasks}, by process instance, in one query instead of one
     * lookup per task: only where the process instance has exactly one variable {@link #FARM}, on the
     * process instance itself (as the call activity passes it), so that it is what the task's own lookup
     * would find; other tasks are left to {@link #farmOf(Task)}.
     */
    private Map<String, String> farmsOfProcesses(List<Task> tasks) {
        String[] ids = tasks.stream().filter(t -> FARM_PROCESSES.contains(processKeyOf(t)))
                .map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        Map<String, List<VariableInstance>> byProcess = runtimeService.createVariableInstanceQuery().variableName(FARM)
                .processInstanceIdIn(ids).list().stream()
                .collect(Collectors.groupingBy(VariableInstance::getProcessInstanceId));
        Map<String, String> farms = new java.util.HashMap<>();
        byProcess.forEach((processInstanceId, variables) -> {
            if (variables.size() == 1 && processInstanceId.equals(variables.get(0).getExecutionId())) {
                Object farm = variables.get(0).getValue();
                farms.put(processInstanceId, farm == null ? null : farm.toString());
            }
        });
        return farms;
    }
}
