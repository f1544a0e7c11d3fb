package no.ipt.web.api.pilots;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** JSON body of {@code POST /api/pilots/{id}/reports/{dueDate}/submission}. */
public class SubmitReportRequest {

    @NotBlank
    @Size(max = 4000)
    public String summary;

    /** The pilot's version the caller saw. */
    @NotNull
    public Long version;
}
