package no.ipt.application.modeling;

import java.io.Serializable;
import java.time.Instant;

/** An open incident (a failed job, retries used up) with the error the job failed with. */
public record IncidentView(String id, String type, String message, String activityId, String processInstanceId,
                           String processDefinitionId, String jobId, String caseNumber, Instant occurredAt) implements Serializable {
}
