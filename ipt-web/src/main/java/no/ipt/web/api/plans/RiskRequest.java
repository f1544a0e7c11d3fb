package no.ipt.web.api.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** JSON body of {@code POST /api/plans/{id}/risks}: likelihood and consequence 1–5, at least one measure. */
public class RiskRequest extends PlanEditRequest {

    @NotBlank
    public String title;

    @NotBlank
    public String description;

    @NotNull
    public Integer likelihood;

    @NotNull
    public Integer consequence;

    @NotEmpty
    public List<String> measures;
}
