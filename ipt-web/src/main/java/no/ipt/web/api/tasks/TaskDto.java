package no.ipt.web.api.tasks;

import java.util.Date;
import java.util.List;
import no.ipt.application.tasks.TaskView;

/** An open user task as the API shows it; {@code farm}: the organisation number a farm-approval task is about. */
public record TaskDto(String id, String name, String taskDefinitionKey, String processDefinitionKey,
                      String caseNumber, String formKey, String assignee, List<String> candidateGroups,
                      Date created, Date due, int priority, String farm) {

    public static TaskDto of(TaskView t) {
        return new TaskDto(t.id(), t.name(), t.taskDefinitionKey(), t.processDefinitionKey(), t.caseNumber(),
                t.formKey(), t.assignee(), t.candidateGroups(), t.created(), t.due(), t.priority(), t.farm());
    }
}
