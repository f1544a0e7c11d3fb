package no.ipt.web.api.tasks;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/**
 * JSON body of {@code POST /api/tasks/{id}/complete}: the form values, and the version of the case
 * the user saw, so that a concurrent change is detected instead of overwritten.
 */
public class CompleteTaskRequest {

    @NotNull
    @PositiveOrZero
    public Long caseVersion;

    public Map<String, Object> values;
}
