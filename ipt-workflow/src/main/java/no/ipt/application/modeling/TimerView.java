package no.ipt.application.modeling;

import java.time.Instant;

/** A timer waiting to fire: where, for which process instance, and when. */
public record TimerView(String jobId, String activityId, String processInstanceId, String processDefinitionKey,
                        Instant dueDate, int retries, String failureMessage) {
}
