package no.ipt.web.api.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** JSON body of {@code POST /api/plans/{id}/phases}. */
public class PhaseRequest extends PlanEditRequest {

    @NotBlank
    public String name;

    @NotNull
    public LocalDate start;

    @NotNull
    public LocalDate end;

    @NotBlank
    public String description;
}
