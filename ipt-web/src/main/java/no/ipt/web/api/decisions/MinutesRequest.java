package no.ipt.web.api.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** JSON body of {@code POST /api/cases/{caseNumber}/decisions/{id}/minutes}. */
public class MinutesRequest {

    @NotBlank
    @Size(max = 8000)
    public String text;
}
