package no.ipt.application.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ipt.application.cases.CaseNotFoundException;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ProcurementCaseRepository;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/** Lists, claims and completes the user tasks of the lifecycle processes. */
@ApplicationScoped
@Transactional
public class TaskApplicationService {

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ProcurementCaseRepository cases;

    @Inject
    @Any
    Instance<TaskForm> forms;

    /** Open tasks, optionally of one case and/or one candidate group, oldest first. */
    public List<TaskView> openTasks(String caseNumber, String candidateGroup) {
        TaskQuery query = taskService.createTaskQuery().active().initializeFormKeys();
        if (caseNumber != null && !caseNumber.isBlank()) {
            query.processInstanceBusinessKey(caseNumber);
        }
        if (candidateGroup != null && !candidateGroup.isBlank()) {
            query.taskCandidateGroup(candidateGroup).includeAssignedTasks();
        }
        List<Task> tasks = query.orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, 500);
        Map<String, String> businessKeys = businessKeys(tasks.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        return tasks.stream().map(t -> view(t, businessKeys.get(t.getProcessInstanceId()))).toList();
    }

    public TaskView find(String taskId) {
        Task task = load(taskId);
        return view(task, businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId()));
    }

    public void claim(String taskId, String userId) {
        if (userId == null || userId.isBlank() || userId.length() > 64) {
            throw new DomainRuleViolation("required", "userId", "Say who claims the task");
        }
        load(taskId);
        try {
            taskService.claim(taskId, userId);
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskConflictException("The task is already claimed by someone else", e);
        }
    }

    public void unclaim(String taskId) {
        load(taskId);
        taskService.setAssignee(taskId, null);
    }

    /**
     * Completes a task with its form values. The engine completes the task first and the case is
     * changed after it, in the same JTA transaction: if the domain write fails (a stale version, a
     * broken rule) the task completion is rolled back with it and the task stays open.
     */
    public void complete(String taskId, long expectedCaseVersion, Map<String, ?> submitted) {
        Task task = load(taskId);
        TaskForm form = formFor(task);
        FormValues values = new FormValues(submitted);
        Map<String, Object> variables = form.validate(values);
        ProcurementCase procurementCase = caseOf(task);
        try {
            taskService.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw new TaskConflictException("The task was completed by someone else at the same time", e);
        }
        procurementCase.requireVersion(expectedCaseVersion);
        form.apply(procurementCase, values);
        cases.store(procurementCase);
    }

    private Task load(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new TaskNotFoundException(taskId);
        }
        return task;
    }

    private TaskForm formFor(Task task) {
        return forms.stream().filter(f -> f.formKey().equals(task.getFormKey())).findFirst()
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

    private TaskView view(Task t, String caseNumber) {
        List<String> groups = taskService.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
        String processKey = t.getProcessDefinitionId() == null ? null : t.getProcessDefinitionId().split(":")[0];
        return new TaskView(t.getId(), t.getName(), t.getTaskDefinitionKey(), processKey, caseNumber, t.getFormKey(),
                t.getAssignee(), groups, t.getCreateTime(), t.getDueDate(), t.getPriority());
    }
}
