package no.ipt.web.api.tasks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** JSON body of {@code POST /api/tasks/{id}/claim}. */
public class ClaimTaskRequest {

    @NotBlank
    @Size(max = 64)
    public String userId;
}
