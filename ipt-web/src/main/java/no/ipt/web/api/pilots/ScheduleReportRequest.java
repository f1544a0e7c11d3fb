package no.ipt.web.api.pilots;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** JSON body of {@code POST /api/pilots/{id}/reports}. */
public class ScheduleReportRequest {

    @NotNull
    @Pattern(regexp = "STATUS|FINAL", message = "must be STATUS or FINAL")
    public String kind;

    @NotNull
    public LocalDate dueDate;

    /** The pilot's version the caller saw. */
    @NotNull
    public Long version;
}
