package no.ipt.application.tasks;

import java.io.Serializable;
import java.util.Date;
import java.util.List;

/** A read model of an open user task; {@code farm} is the farm a farm-approval task is about (else null). */
public record TaskView(String id, String name, String taskDefinitionKey, String processDefinitionKey,
                       String caseNumber, String formKey, String assignee, List<String> candidateGroups,
                       Date created, Date due, int priority, String farm) implements Serializable {
}
