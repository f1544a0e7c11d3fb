package no.ipt.workflow.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * Escalates a user task that is still open when its reminder timer fires: raises its priority so
 * that task lists show it first, and offers it to the project lead as well. Called from BPMN as
 * {@code ${overdueTasks.escalate(execution, 'TaskId')}}, on the job executor's managed threads.
 */
@Named("overdueTasks")
@ApplicationScoped
public class OverdueTasks {

    /** Priority of an escalated task (Camunda's default is 50). */
    public static final int ESCALATED_PRIORITY = 80;
    public static final String ESCALATION_GROUP = "project-lead";

    private TaskService taskService;

    @Inject
    public OverdueTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    protected OverdueTasks() {
        // for CDI proxies
    }

    /** Escalates the open tasks with the given definition key in the execution's process instance. */
    public int escalate(DelegateExecution execution, String taskDefinitionKey) {
        int escalated = 0;
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskDefinitionKey).active().list()) {
            taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
            taskService.addCandidateGroup(task.getId(), ESCALATION_GROUP);
            escalated++;
        }
        return escalated;
    }
}
